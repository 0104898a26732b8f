using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.AddClosure;

internal sealed class AddClosureHandler(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock)
{
    private const string InsertSql = """
        insert into catalog.closures (id, location_id, date, start_time, end_time, reason, created_at)
        select @Id, l.id, @Date::date, @Start::time, @End::time, @Reason, @Now
        from catalog.locations l
        where l.id = @LocationId and (@AllLocations or l.id = any(@LocationIds))
        """;

    /// <summary>The new closure's id, or null when the location does not exist or lies outside the caller's scope.</summary>
    public async Task<Guid?> HandleAsync(Guid locationId, AddClosureRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var closure = new
        {
            Id = Guid.CreateVersion7(now),
            LocationId = locationId,
            Date = LocalFormats.Date(request.Date)!.Value,
            Start = LocalFormats.Time(request.Start),
            End = LocalFormats.Time(request.End),
            Reason = request.Reason!.Trim(),
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            InsertSql,
            new { closure.Id, closure.LocationId, closure.Date, closure.Start, closure.End, closure.Reason, Now = now, caller.AllLocations, LocationIds = caller.LocationFilter },
            transaction,
            cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return null;
        }
        await audit.RecordAsync(new AuditEntry("closure.created", "closure", closure.Id.ToString(), new { after = closure }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return closure.Id;
    }
}
