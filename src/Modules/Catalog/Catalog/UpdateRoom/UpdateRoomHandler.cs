using Dapper;
using Npgsql;
using WellPath.Catalog.AddRoom;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.UpdateRoom;

internal sealed class UpdateRoomHandler(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock)
{
    private const string LockSql = """
        select r.id, r.location_id, r.room_type_id, r.name, r.active
        from catalog.rooms r
        where r.id = @RoomId and r.location_id = @LocationId and (@AllLocations or r.location_id = any(@LocationIds))
        for update
        """;

    private const string UpdateSql = """
        update catalog.rooms set name = @Name, room_type_id = @RoomTypeId, active = @Active, updated_at = @Now where id = @Id
        """;

    /// <summary>Null when the room is not at that location or the location lies outside the caller's scope.</summary>
    public async Task<RoomResponse?> HandleAsync(Guid locationId, Guid roomId, AddRoomRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await connection.QuerySingleOrDefaultAsync<RoomResponse>(new CommandDefinition(
            LockSql, new { RoomId = roomId, LocationId = locationId, caller.AllLocations, LocationIds = caller.LocationFilter }, transaction, cancellationToken: cancellationToken));
        if (before is null)
        {
            return null;
        }
        var after = before with { Name = request.Name!.Trim(), RoomTypeId = request.RoomTypeId!.Value, Active = request.Active ?? before.Active };
        await connection.ExecuteAsync(new CommandDefinition(
            UpdateSql, new { after.Id, after.Name, after.RoomTypeId, after.Active, Now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(new AuditEntry("room.updated", "room", roomId.ToString(), new { before, after }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return after;
    }
}
