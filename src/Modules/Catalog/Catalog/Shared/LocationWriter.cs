using Dapper;
using Npgsql;

namespace WellPath.Catalog.Shared;

/// <summary>Writes a location's opening hours, replacing what it had; create and update share it.</summary>
internal static class LocationWriter
{
    private const string DeleteHoursSql = "delete from catalog.opening_hours where location_id = @Id";

    private const string InsertHoursSql = """
        insert into catalog.opening_hours (location_id, weekday, opens, closes)
        select @Id, unnest(@Weekdays), unnest(@Opens), unnest(@Closes)
        """;

    public static async Task ReplaceHoursAsync(
        NpgsqlTransaction transaction, Guid id, IReadOnlyDictionary<string, List<List<string?>?>?> hours, CancellationToken cancellationToken)
    {
        var rows = OpeningHours.Rows(hours);
        var connection = transaction.Connection!;
        await connection.ExecuteAsync(new CommandDefinition(DeleteHoursSql, new { Id = id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            InsertHoursSql,
            new
            {
                Id = id,
                Weekdays = rows.Select(r => r.Weekday).ToArray(),
                Opens = rows.Select(r => r.Opens).ToArray(),
                Closes = rows.Select(r => r.Closes).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
