using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.UpdateLocation;

internal sealed class UpdateLocationHandler(NpgsqlDataSource dataSource, LocationReader reader, IAuditTrail audit, TimeProvider clock)
{
    private const string UpdateSql = """
        update catalog.locations
        set name = @Name, time_zone = @TimeZone, address = @Address, phone = @Phone, email = @Email,
            active = coalesce(@Active, active), live = coalesce(@Live, live), updated_at = @Now
        where id = @Id and (@AllLocations or id = any(@LocationIds))
        """;

    /// <summary>Null when the location does not exist or lies outside the caller's scope.</summary>
    public async Task<LocationResponse?> HandleAsync(Guid id, LocationRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await reader.FindAsync(connection, transaction, caller, id, cancellationToken);
        var updated = before is null ? 0 : await connection.ExecuteAsync(new CommandDefinition(
            UpdateSql,
            new
            {
                Id = id,
                Name = request.Name!.Trim(),
                request.TimeZone,
                Address = request.Address.TrimToNull(),
                Phone = request.Phone.TrimToNull(),
                Email = request.Email.TrimToNull(),
                request.Active,
                request.Live,
                Now = clock.GetUtcNow(),
                caller.AllLocations,
                LocationIds = caller.LocationFilter,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (updated == 0)
        {
            return null;
        }

        await LocationWriter.ReplaceHoursAsync(transaction, id, request.OpeningHours!, cancellationToken);
        var after = (await reader.FindAsync(connection, transaction, caller, id, cancellationToken))!;
        await audit.RecordAsync(new AuditEntry("location.updated", "location", id.ToString(), new { before, after }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return after;
    }
}
