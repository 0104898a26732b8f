using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.CreateLocation;

internal sealed class CreateLocationHandler(NpgsqlDataSource dataSource, LocationReader reader, IAuditTrail audit, TimeProvider clock)
{
    private const string InsertSql = """
        insert into catalog.locations (id, name, time_zone, address, phone, email, active, live, created_at, updated_at)
        values (@Id, @Name, @TimeZone, @Address, @Phone, @Email, @Active, @Live, @Now, @Now)
        """;

    public async Task<LocationResponse> HandleAsync(LocationRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            InsertSql,
            new
            {
                Id = id,
                Name = request.Name!.Trim(),
                request.TimeZone,
                Address = request.Address.TrimToNull(),
                Phone = request.Phone.TrimToNull(),
                Email = request.Email.TrimToNull(),
                Active = request.Active ?? true,
                Live = request.Live ?? true,
                Now = now,
            },
            transaction,
            cancellationToken: cancellationToken));
        await LocationWriter.ReplaceHoursAsync(transaction, id, request.OpeningHours!, cancellationToken);
        var location = (await reader.FindAsync(connection, transaction, caller, id, cancellationToken))!;
        await audit.RecordAsync(new AuditEntry("location.created", "location", id.ToString(), new { after = location }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return location;
    }
}
