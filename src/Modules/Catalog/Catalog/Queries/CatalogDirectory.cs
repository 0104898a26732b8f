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
