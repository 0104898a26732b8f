using Dapper;
using Npgsql;
using WellPath.Catalog.Contracts;

namespace WellPath.Catalog.Queries;

internal sealed class CatalogQueries(NpgsqlDataSource dataSource) : ICatalogQueries
{
    private const string ServiceRulesSql = """
        select s.id, s.name, s.duration_minutes, s.step_minutes, s.buffer_before_minutes, s.buffer_after_minutes, s.room_type_id,
               s.min_notice_minutes, s.max_advance_days, s.visibility, s.season_start, s.season_end, s.requires_approval,
               s.cancellation_window_hours, s.price_cents, s.currency,
               array(select sl.location_id from catalog.service_locations sl join catalog.locations l on l.id = sl.location_id
                     where sl.service_id = s.id and l.active order by sl.location_id) as location_ids,
               array(select sp.practitioner_id from catalog.service_practitioners sp join catalog.practitioners p on p.id = sp.practitioner_id
                     where sp.service_id = s.id and p.active order by sp.practitioner_id) as practitioner_ids
        from catalog.services s
        where s.id = @ServiceId
        """;

    private const string ScheduleSql = """
        select id, name, time_zone, active, live from catalog.locations where id = @LocationId;
        select weekday, opens, closes from catalog.opening_hours where location_id = @LocationId order by weekday, opens;
        select id, date, start_time, end_time, reason from catalog.closures
        where location_id = @LocationId and date between @From and @To
        order by date, start_time nulls first, id;
        """;

    // Without a room type given, the service's own (a service without one needs no room: no rows).
    private const string RoomsSql = """
        select id, name from catalog.rooms
        where location_id = @LocationId and active
          and room_type_id = coalesce(@RoomTypeId, (select room_type_id from catalog.services where id = @ServiceId))
        order by name, id
        """;

    private const string EligibleSql = """
        select p.id, p.name
        from catalog.practitioners p
        join catalog.service_practitioners sp on sp.practitioner_id = p.id and sp.service_id = @ServiceId
        join catalog.practitioner_locations pl on pl.practitioner_id = p.id and pl.location_id = @LocationId
        join catalog.service_locations sl on sl.service_id = @ServiceId and sl.location_id = @LocationId
        join catalog.locations l on l.id = @LocationId and l.active
        where p.active
        order by p.id
        """;

    private const string PractitionerSql = """
        select p.id, p.name, p.active,
               array(select pl.location_id from catalog.practitioner_locations pl join catalog.locations l on l.id = pl.location_id
                     where pl.practitioner_id = p.id and l.active order by pl.location_id) as location_ids
        from catalog.practitioners p
        where p.id = @Id
        """;

    public async Task<PractitionerAssignment?> GetPractitionerAsync(Guid practitionerId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PractitionerRow>(new CommandDefinition(
            PractitionerSql, new { Id = practitionerId }, cancellationToken: cancellationToken));
        return row is null ? null : new PractitionerAssignment(row.Id, row.Name, row.Active, row.LocationIds);
    }

    public async Task<ServiceBookingRules?> GetServiceRulesAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ServiceRulesRow>(new CommandDefinition(
            ServiceRulesSql, new { ServiceId = serviceId }, cancellationToken: cancellationToken));
        return row?.ToRules();
    }

    public async Task<LocationSchedule?> GetLocationScheduleAsync(Guid locationId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            ScheduleSql, new { LocationId = locationId, From = from, To = to }, cancellationToken: cancellationToken));
        return await ReadScheduleAsync(results);
    }

    public async Task<SearchCatalog> GetSearchCatalogAsync(Guid serviceId, Guid locationId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"{ServiceRulesSql};\n{ScheduleSql}\n{EligibleSql};\n{RoomsSql};",
            new { ServiceId = serviceId, LocationId = locationId, From = from, To = to, RoomTypeId = (Guid?)null },
            cancellationToken: cancellationToken));
        var service = (await results.ReadSingleOrDefaultAsync<ServiceRulesRow>())?.ToRules();
        var location = await ReadScheduleAsync(results);
        var practitioners = (await results.ReadAsync<PractitionerInfo>()).ToList();
        var rooms = (await results.ReadAsync<RoomInfo>()).ToList();
        return new SearchCatalog(service, location, practitioners, rooms);
    }

    private static async Task<LocationSchedule?> ReadScheduleAsync(SqlMapper.GridReader results)
    {
        var location = await results.ReadSingleOrDefaultAsync<LocationRow>();
        var hours = (await results.ReadAsync<HoursRow>())
            .GroupBy(h => (DayOfWeek)h.Weekday)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OpeningInterval>)g.Select(h => new OpeningInterval(h.Opens, h.Closes)).ToList());
        var closures = (await results.ReadAsync<ClosureRow>())
            .Select(c => new LocationClosure(c.Id, c.Date, c.StartTime, c.EndTime, c.Reason))
            .ToList();
        return location is null ? null : new LocationSchedule(location.Id, location.Name, location.TimeZone, location.Active, location.Live, hours, closures);
    }

    public async Task<IReadOnlyList<RoomInfo>> GetActiveRoomsAsync(Guid locationId, Guid roomTypeId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<RoomInfo>(new CommandDefinition(
            RoomsSql, new { LocationId = locationId, RoomTypeId = (Guid?)roomTypeId, ServiceId = Guid.Empty }, cancellationToken: cancellationToken))).ToList();
    }

    public async Task<IReadOnlyList<PractitionerInfo>> GetEligiblePractitionersAsync(Guid serviceId, Guid locationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<PractitionerInfo>(new CommandDefinition(
            EligibleSql, new { ServiceId = serviceId, LocationId = locationId }, cancellationToken: cancellationToken))).ToList();
    }

    private sealed class PractitionerRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public bool Active { get; init; }
        public Guid[] LocationIds { get; init; } = [];
    }

    private sealed class LocationRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string TimeZone { get; init; } = "";
        public bool Active { get; init; }
        public bool Live { get; init; }
    }

    private sealed class HoursRow
    {
        public short Weekday { get; init; }
        public TimeOnly Opens { get; init; }
        public TimeOnly Closes { get; init; }
    }

    private sealed class ClosureRow
    {
        public Guid Id { get; init; }
        public DateOnly Date { get; init; }
        public TimeOnly? StartTime { get; init; }
        public TimeOnly? EndTime { get; init; }
        public string Reason { get; init; } = "";
    }
}
