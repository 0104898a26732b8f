using Dapper;
using Npgsql;
using WellPath.Appointments.ListAppointments;
using WellPath.Appointments.Reception.Shared;
using WellPath.Appointments.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.TodayList;

/// <summary>
/// A day's appointments at one of the caller's locations, by start, through the API's own scoped list query: a desk
/// sees its locations, a practitioner their own appointments (at one location or all of theirs).
/// </summary>
internal sealed class TodayListHandler(NpgsqlDataSource dataSource, ICatalogDirectory catalog, AppointmentLines lines, TimeProvider clock)
{
    public async Task<TodayListView?> HandleAsync(Guid? locationId, DateOnly? date, CallerScope caller, CancellationToken cancellationToken)
    {
        var locations = await catalog.LocationsOfAsync(caller, cancellationToken);
        var mine = caller.Role == Roles.Practitioner;
        var location = locationId is { } id ? locations.FirstOrDefault(l => l.Id == id) : (mine ? null : locations.FirstOrDefault());
        if (locationId is not null && location is null)
        {
            return null;
        }
        var zone = (location ?? locations.FirstOrDefault())?.TimeZoneId ?? "UTC";
        var today = LocalTimes.Today(clock, zone);
        var day = date ?? today;
        if (location is null && !mine)
        {
            return new TodayListView(locations, null, mine, day, today, []);
        }

        var parameters = ScopedAppointments.ScopeParameters(caller);
        parameters.AddDynamicParams(new { LocationId = location?.Id, PractitionerId = (Guid?)null, Date = day, Status = (string?)null, Limit = ListAppointmentsEndpoint.MaxItems });
        List<AppointmentRow> rows;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            rows = (await connection.QueryAsync<AppointmentRow>(new CommandDefinition(ListAppointmentsEndpoint.Sql, parameters, cancellationToken: cancellationToken))).ToList();
        }
        return new TodayListView(locations, location?.Id, mine, day, today, await lines.BuildAsync(rows, caller, cancellationToken));
    }
}

internal sealed record TodayListView(
    IReadOnlyList<LocationInfo> Locations, Guid? LocationId, bool Mine, DateOnly Date, DateOnly Today, IReadOnlyList<AppointmentLine> Lines)
{
    public string Title => Mine ? "My day" : "Day list";

    public string? LocationName => Locations.FirstOrDefault(l => l.Id == LocationId)?.Name;

    public string DayLink(DateOnly day) => $"/reception?{(LocationId is { } l ? $"locationId={l}&" : "")}date={LocalTimes.Iso(day)}";
}
