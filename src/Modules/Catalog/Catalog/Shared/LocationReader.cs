using Dapper;
using Npgsql;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.Shared;

/// <summary>
/// Locations as the caller may see them: staff see the locations of their scope (admins and operations all of them),
/// everyone else only active, live ones.
/// </summary>
internal sealed class LocationReader
{
    private const string LocationsSql = """
        select id, name, time_zone, address, phone, email, active, live
        from catalog.locations
        where (@Id::uuid is null or id = @Id)
          and ((@Staff and (@AllLocations or id = any(@LocationIds))) or (not @Staff and active and live))
        order by name, id
        """;

    private const string HoursSql = """
        select location_id, weekday, opens, closes
        from catalog.opening_hours
        where location_id = any(@Ids)
        order by location_id, weekday, opens
        """;

    public async Task<IReadOnlyList<LocationResponse>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CallerScope caller, Guid? id, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<LocationRow>(new CommandDefinition(
            LocationsSql,
            new { Id = id, Staff = caller.IsStaff, caller.AllLocations, LocationIds = caller.LocationFilter },
            transaction,
            cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var hours = (await connection.QueryAsync<HoursRow>(new CommandDefinition(
            HoursSql, new { Ids = rows.Select(r => r.Id).ToArray() }, transaction, cancellationToken: cancellationToken)))
            .ToLookup(h => h.LocationId, h => new OpeningRow(h.Weekday, h.Opens, h.Closes));
        return rows.Select(r => new LocationResponse(
            r.Id, r.Name, r.TimeZone, r.Address, r.Phone, r.Email, OpeningHours.ToApi(hours[r.Id]), r.Active, r.Live)).ToList();
    }

    public async Task<LocationResponse?> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CallerScope caller, Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(connection, transaction, caller, id, cancellationToken)).SingleOrDefault();

    private sealed class LocationRow
    {
        public Guid Id { get; init; }

        public string Name { get; init; } = "";

        public string TimeZone { get; init; } = "";

        public string? Address { get; init; }

        public string? Phone { get; init; }

        public string? Email { get; init; }

        public bool Active { get; init; }

        public bool Live { get; init; }
    }

    private sealed class HoursRow
    {
        public Guid LocationId { get; init; }

        public short Weekday { get; init; }

        public TimeOnly Opens { get; init; }

        public TimeOnly Closes { get; init; }
    }
}
