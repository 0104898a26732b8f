using Dapper;
using NodaTime;
using Npgsql;
using WellPath.Availability.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Availability.Exceptions;

internal sealed class AddExceptionHandler(NpgsqlDataSource dataSource, PractitionerAccess access, ScheduleConflicts conflicts, IAuditTrail audit, TimeProvider clock)
{
    private const string InsertSql = """
        insert into availability.exceptions (id, practitioner_id, kind, reason, location_id, start_local, end_local, created_at)
        values (@Id, @PractitionerId, @Kind, @Reason, @LocationId, @Start, @End, @Now)
        """;

    public async Task<ExceptionOutcome> HandleAsync(Guid practitionerId, AddExceptionRequest request, CallerScope caller, SaveMode mode, CancellationToken cancellationToken)
    {
        var practitioner = await access.FindEditableAsync(practitionerId, caller, cancellationToken);
        if (practitioner is null)
        {
            return new ExceptionOutcome.NotFound();
        }
        if (request.LocationId is { } location && !practitioner.LocationIds.Contains(location))
        {
            return new ExceptionOutcome.Invalid("locationId", "The practitioner is not assigned to this location.");
        }
        var touched = request.LocationId is { } at ? [at] : practitioner.LocationIds;
        if (!touched.Any(l => PractitionerAccess.MayChangeAt(caller, l)))
        {
            return new ExceptionOutcome.Forbidden();
        }

        WallClockText.TryDateTime(request.Start, out var start);
        WallClockText.TryDateTime(request.End, out var end);
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var added = new ScheduleStore.ExceptionRow
        {
            Id = id, PractitionerId = practitionerId, Kind = request.Kind!, Reason = request.Reason!, LocationId = request.LocationId,
            StartLocal = start.ToDateTimeUnspecified(), EndLocal = end.ToDateTimeUnspecified(),
        };
        var outside = await conflicts.FindDuringAsync(
            added, Instant.FromDateTimeOffset(now), schedules => schedules with { Exceptions = [.. schedules.Exceptions, added] }, cancellationToken);
        if (mode.MustAsk(outside))
        {
            return new ExceptionOutcome.NeedsConfirmation(outside);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            PractitionerId = practitionerId,
            request.Kind,
            request.Reason,
            request.LocationId,
            Start = start.ToDateTimeUnspecified(),
            End = end.ToDateTimeUnspecified(),
            Now = now,
        }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(new AuditEntry("schedule_exception.added", "practitioner", practitionerId.ToString(), new
        {
            after = new { id, request.Kind, request.Reason, request.LocationId, request.Start, request.End },
            leftOutsideWorkingTime = outside.Select(c => c.Reference),
        }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ExceptionOutcome.Added(id, outside);
    }
}

internal abstract record ExceptionOutcome
{
    public sealed record Added(Guid Id, IReadOnlyList<AppointmentConflict> Outside) : ExceptionOutcome;

    /// <summary>Not saved: adding or removing the exception would leave these appointments outside working time and the user has not confirmed it.</summary>
    public sealed record NeedsConfirmation(IReadOnlyList<AppointmentConflict> Outside) : ExceptionOutcome;

    public sealed record Removed : ExceptionOutcome;

    public sealed record NotFound : ExceptionOutcome;

    public sealed record Forbidden : ExceptionOutcome;

    public sealed record Invalid(string Field, string Message) : ExceptionOutcome;
}
