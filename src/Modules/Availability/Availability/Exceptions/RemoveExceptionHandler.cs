using Dapper;
using NodaTime;
using Npgsql;
using WellPath.Availability.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Availability.Exceptions;

/// <summary>
/// Removes an exception. Removing extra hours (<c>available</c>) can leave appointments booked in them outside working
/// time, so it goes through the same check as any other schedule change; removing an <c>unavailable</c> exception only
/// gives time back and strands nothing.
/// </summary>
internal sealed class RemoveExceptionHandler(NpgsqlDataSource dataSource, PractitionerAccess access, ScheduleConflicts conflicts, IAuditTrail audit, TimeProvider clock)
{
    private const string Columns = "id, practitioner_id, kind, reason, location_id, start_local, end_local";

    private const string FindSql = $"select {Columns} from availability.exceptions where id = @Id and practitioner_id = @PractitionerId";

    private const string DeleteSql = $"delete from availability.exceptions where id = @Id and practitioner_id = @PractitionerId returning {Columns}";

    public async Task<ExceptionOutcome> HandleAsync(Guid practitionerId, Guid exceptionId, CallerScope caller, SaveMode mode, CancellationToken cancellationToken)
    {
        var practitioner = await access.FindEditableAsync(practitionerId, caller, cancellationToken);
        if (practitioner is null)
        {
            return new ExceptionOutcome.NotFound();
        }
        var key = new { Id = exceptionId, PractitionerId = practitionerId };
        ScheduleStore.ExceptionRow? found;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            found = await connection.QuerySingleOrDefaultAsync<ScheduleStore.ExceptionRow>(new CommandDefinition(FindSql, key, cancellationToken: cancellationToken));
        }
        if (found is null)
        {
            return new ExceptionOutcome.NotFound();
        }
        var touched = found.LocationId is { } at ? [at] : practitioner.LocationIds;
        if (!touched.Any(l => PractitionerAccess.MayChangeAt(caller, l)))
        {
            return new ExceptionOutcome.Forbidden();
        }

        IReadOnlyList<AppointmentConflict> outside = found.Kind == "available"
            ? await conflicts.FindDuringAsync(found, Instant.FromDateTimeOffset(clock.GetUtcNow()),
                schedules => schedules with { Exceptions = [.. schedules.Exceptions.Where(e => e.Id != exceptionId)] }, cancellationToken)
            : [];
        if (mode.MustAsk(outside))
        {
            return new ExceptionOutcome.NeedsConfirmation(outside);
        }

        await using var writer = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await writer.BeginTransactionAsync(cancellationToken);
        var removed = await writer.QuerySingleOrDefaultAsync<ScheduleStore.ExceptionRow>(new CommandDefinition(DeleteSql, key, transaction, cancellationToken: cancellationToken));
        if (removed is null)
        {
            return new ExceptionOutcome.NotFound();
        }
        await audit.RecordAsync(new AuditEntry("schedule_exception.removed", "practitioner", practitionerId.ToString(), new
        {
            before = new { removed.Id, removed.Kind, removed.Reason, removed.LocationId, removed.StartLocal, removed.EndLocal },
            leftOutsideWorkingTime = outside.Select(c => c.Reference),
        }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ExceptionOutcome.Removed();
    }
}
