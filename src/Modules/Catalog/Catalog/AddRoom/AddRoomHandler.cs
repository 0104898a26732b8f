using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.AddRoom;

internal sealed class AddRoomHandler(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock)
{
    private const string InsertSql = """
        insert into catalog.rooms (id, location_id, room_type_id, name, active, created_at, updated_at)
        select @Id, l.id, @RoomTypeId, @Name, @Active, @Now, @Now
        from catalog.locations l
        where l.id = @LocationId and (@AllLocations or l.id = any(@LocationIds))
        """;

    /// <summary>The new room, or null when the location does not exist or lies outside the caller's scope.</summary>
    public async Task<RoomResponse?> HandleAsync(Guid locationId, AddRoomRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var room = new RoomResponse(Guid.CreateVersion7(now), locationId, request.RoomTypeId!.Value, request.Name!.Trim(), request.Active ?? true);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            InsertSql,
            new { room.Id, room.LocationId, room.RoomTypeId, room.Name, room.Active, Now = now, caller.AllLocations, LocationIds = caller.LocationFilter },
            transaction,
            cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return null;
        }
        await audit.RecordAsync(new AuditEntry("room.created", "room", room.Id.ToString(), new { after = room }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return room;
    }
}
