using Dapper;
using Npgsql;
using WellPath.Catalog.Contracts;

namespace WellPath.Catalog.Queries;

internal sealed class CatalogDirectory(NpgsqlDataSource dataSource) : ICatalogDirectory
{
    private const string LocationsSql = "select id, name, time_zone as time_zone_id from catalog.locations where active order by name, id";

    private const string PractitionersSql = """
        select p.id, p.name, p.active,
               array(select pl.location_id from catalog.practitioner_locations pl join catalog.locations l on l.id = pl.location_id
                     where pl.practitioner_id = p.id and l.active order by pl.location_id) as location_ids
        from catalog.practitioners p
        where p.active
        order by p.name, p.id
        """;

    private const string ServicesSql = """
        select s.id, s.name, s.visibility,
               array(select sl.location_id from catalog.service_locations sl join catalog.locations l on l.id = sl.location_id
                     where sl.service_id = s.id and l.active order by sl.location_id) as location_ids
        from catalog.services s
        order by s.name, s.id
        """;

    private const string RoomsSql = "select id, name, location_id, active from catalog.rooms where location_id = any(@LocationIds) order by name, id";

    public async Task<IReadOnlyList<LocationInfo>> GetLocationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<LocationRow>(new CommandDefinition(LocationsSql, cancellationToken: cancellationToken));
        return rows.Select(r => new LocationInfo(r.Id, r.Name, r.TimeZoneId)).ToList();
    }

    public async Task<IReadOnlyList<PractitionerAssignment>> GetPractitionersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PractitionerRow>(new CommandDefinition(PractitionersSql, cancellationToken: cancellationToken));
        return rows.Select(r => new PractitionerAssignment(r.Id, r.Name, r.Active, r.LocationIds)).ToList();
    }

    public async Task<IReadOnlyList<ServiceListing>> GetServicesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ServiceRow>(new CommandDefinition(ServicesSql, cancellationToken: cancellationToken));
        return rows.Select(r => new ServiceListing(r.Id, r.Name, Enum.Parse<ServiceVisibility>(r.Visibility, ignoreCase: true), r.LocationIds)).ToList();
    }

    public async Task<IReadOnlyList<RoomListing>> GetRoomsAsync(IReadOnlyCollection<Guid> locationIds, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RoomRow>(new CommandDefinition(RoomsSql, new { LocationIds = locationIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(r => new RoomListing(r.Id, r.Name, r.LocationId, r.Active)).ToList();
    }

    private sealed class ServiceRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Visibility { get; init; } = "";
        public Guid[] LocationIds { get; init; } = [];
    }

    private sealed class RoomRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public Guid LocationId { get; init; }
        public bool Active { get; init; }
    }

    private sealed class LocationRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string TimeZoneId { get; init; } = "";
    }

    private sealed class PractitionerRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public bool Active { get; init; }
        public Guid[] LocationIds { get; init; } = [];
    }
}
