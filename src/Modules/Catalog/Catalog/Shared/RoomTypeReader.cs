using Dapper;
using Npgsql;

namespace WellPath.Catalog.Shared;

/// <summary>Every room type, by name: they are few and shared by all locations.</summary>
internal static class RoomTypeReader
{
    private const string ListSql = "select id, name from catalog.room_types order by name, id";

    public static async Task<IReadOnlyList<RoomTypeResponse>> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<RoomTypeResponse>(new CommandDefinition(ListSql, cancellationToken: cancellationToken))).ToList();
}
