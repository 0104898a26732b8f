using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.CreatePractitioner;

internal sealed class CreatePractitionerHandler(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock)
{
    private const string InsertSql = """
        insert into catalog.practitioners (id, name, email, staff_id, active, created_at, updated_at)
        values (@Id, @Name, @Email, @StaffId, @Active, @Now, @Now)
        on conflict (staff_id) do nothing
        """;

    private const string InsertLocationsSql = """
        insert into catalog.practitioner_locations (practitioner_id, location_id) select @Id, unnest(@LocationIds)
        """;

    /// <summary>The new practitioner, or null when the staff account is already linked to another one.</summary>
    public async Task<PractitionerResponse?> HandleAsync(CreatePractitionerRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            InsertSql,
            new { Id = id, Name = request.Name!.Trim(), Email = request.Email.TrimToNull(), request.StaffId, Active = request.Active ?? true, Now = now },
            transaction,
            cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return null;
        }
        await connection.ExecuteAsync(new CommandDefinition(
            InsertLocationsSql, new { Id = id, LocationIds = request.LocationIds!.ToArray() }, transaction, cancellationToken: cancellationToken));
        var practitioner = (await PractitionerReader.ReadAsync(connection, transaction, caller, id, cancellationToken)).Single();
        await audit.RecordAsync(new AuditEntry("practitioner.created", "practitioner", id.ToString(), new { after = practitioner }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return practitioner;
    }
}
