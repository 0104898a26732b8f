using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.UpdatePractitioner;

internal sealed class UpdatePractitionerHandler(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock)
{
    private const string LockSql = "select id from catalog.practitioners where id = @Id for update";

    private const string TakenSql = "select exists (select 1 from catalog.practitioners where staff_id = @StaffId and id <> @Id)";

    private const string UpdateSql = """
        update catalog.practitioners
        set name = @Name, email = @Email, staff_id = @StaffId, active = coalesce(@Active, active), updated_at = @Now
        where id = @Id;
        delete from catalog.practitioner_locations where practitioner_id = @Id;
        insert into catalog.practitioner_locations (practitioner_id, location_id) select @Id, unnest(@LocationIds);
        """;

    /// <summary>Null when there is no such practitioner.</summary>
    public async Task<PractitionerUpdate?> HandleAsync(Guid id, PractitionerRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(LockSql, new { Id = id }, transaction, cancellationToken: cancellationToken)) is null)
        {
            return null;
        }
        if (request.StaffId is not null && await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            TakenSql, new { Id = id, request.StaffId }, transaction, cancellationToken: cancellationToken)))
        {
            return new PractitionerUpdate(null, Conflict: true);
        }

        var before = (await PractitionerReader.ReadAsync(connection, transaction, caller, id, cancellationToken)).Single();
        await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            Id = id,
            Name = request.Name!.Trim(),
            Email = request.Email.TrimToNull(),
            request.StaffId,
            request.Active,
            LocationIds = request.LocationIds!.ToArray(),
            Now = clock.GetUtcNow(),
        }, transaction, cancellationToken: cancellationToken));
        var after = (await PractitionerReader.ReadAsync(connection, transaction, caller, id, cancellationToken)).Single();
        await audit.RecordAsync(new AuditEntry("practitioner.updated", "practitioner", id.ToString(), new { before, after }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PractitionerUpdate(after, Conflict: false);
    }
}

internal sealed record PractitionerUpdate(PractitionerResponse? Practitioner, bool Conflict);
