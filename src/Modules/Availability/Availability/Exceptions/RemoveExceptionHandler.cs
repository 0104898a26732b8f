using Dapper;
using Npgsql;
using WellPath.Availability.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Availability.Exceptions;

internal sealed class RemoveExceptionHandler(NpgsqlDataSource dataSource, PractitionerAccess access, IAuditTrail audit)
{
    private const string DeleteSql = """
        delete from availability.exceptions where id = @Id and practitioner_id = @PractitionerId
        returning kind, reason, location_id, start_local, end_local
        """;

    public async Task<ExceptionOutcome> HandleAsync(Guid practitionerId, Guid exceptionId, CallerScope caller, CancellationToken cancellationToken)
    {
        var practitioner = await access.FindEditableAsync(practitionerId, caller, cancellationToken);
        if (practitioner is null)
        {
            return new ExceptionOutcome.NotFound();
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var removed = await connection.QuerySingleOrDefaultAsync<RemovedRow>(new CommandDefinition(
            DeleteSql, new { Id = exceptionId, PractitionerId = practitionerId }, transaction, cancellationToken: cancellationToken));
        if (removed is null)
        {
            return new ExceptionOutcome.NotFound();
        }
        var touched = removed.LocationId is { } at ? [at] : practitioner.LocationIds;
        if (!touched.Any(l => PractitionerAccess.MayChangeAt(caller, l)))
        {
            return new ExceptionOutcome.Forbidden();
        }

        await audit.RecordAsync(new AuditEntry("schedule_exception.removed", "practitioner", practitionerId.ToString(), new { before = removed with { Id = exceptionId } }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ExceptionOutcome.Removed();
    }

    private sealed record RemovedRow
    {
        public Guid Id { get; init; }
        public string Kind { get; init; } = "";
        public string Reason { get; init; } = "";
        public Guid? LocationId { get; init; }
        public DateTime StartLocal { get; init; }
        public DateTime EndLocal { get; init; }
    }
}
