using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;

namespace WellPath.Catalog.CreateRoomType;

internal sealed class CreateRoomTypeHandler(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock)
{
    private const string InsertSql = """
        insert into catalog.room_types (id, name, created_at) values (@Id, @Name, @Now)
        on conflict (name_key) do nothing
        """;

    /// <summary>The new room type, or null when the name is taken.</summary>
    public async Task<RoomTypeResponse?> HandleAsync(CreateRoomTypeRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roomType = new RoomTypeResponse(Guid.CreateVersion7(now), request.Name!.Trim());
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            InsertSql, new { roomType.Id, roomType.Name, Now = now }, transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return null;
        }
        await audit.RecordAsync(new AuditEntry("room_type.created", "room_type", roomType.Id.ToString(), new { after = roomType }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return roomType;
    }
}
