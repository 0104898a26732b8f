using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.AdminLocations;

/// <summary>Everything the location editor shows, for a location the caller may see.</summary>
internal sealed class LocationEditorQueries(NpgsqlDataSource dataSource, LocationReader locations, TimeProvider clock)
{
    private const string DetailsSql = """
        select to_char(date, 'YYYY-MM-DD') as date,
               coalesce(to_char(start_time, 'HH24:MI') || '–' || to_char(end_time, 'HH24:MI'), 'All day') as time, reason
        from catalog.closures where location_id = @Id and date >= @Today
        order by date, start_time nulls first, id;
        select r.id, r.room_type_id, r.name, t.name as type, r.active
        from catalog.rooms r join catalog.room_types t on t.id = r.room_type_id
        where r.location_id = @Id
        order by r.name, r.id;
        """;

    public async Task<LocationEditorView?> LoadAsync(
        Guid id, CallerScope caller, LocationForm? form, IReadOnlyDictionary<string, string[]>? errors, bool saved, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await locations.FindAsync(connection, null, caller, id, cancellationToken) is not { } location)
        {
            return null;
        }
        await using var details = await connection.QueryMultipleAsync(new CommandDefinition(
            DetailsSql, new { Id = id, Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) }, cancellationToken: cancellationToken));
        var closures = (await details.ReadAsync<ClosureLine>()).ToList();
        var rooms = (await details.ReadAsync<RoomLine>()).ToList();
        var roomTypes = (await RoomTypeReader.ReadAsync(connection, cancellationToken)).Select(t => new RoomTypeOption(t.Id, t.Name)).ToList();
        return new LocationEditorView(
            id, form ?? LocationForms.From(location), errors ?? new Dictionary<string, string[]>(), CanEdit(caller), saved, closures, rooms, roomTypes);
    }

    public static bool CanEdit(CallerScope caller) => caller.Role is Roles.Admin or Roles.ClinicManager;
}
