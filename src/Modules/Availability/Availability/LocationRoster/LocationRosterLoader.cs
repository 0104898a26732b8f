using NodaTime;
using WellPath.Availability.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Availability.LocationRoster;

/// <summary>
/// Builds a location's week roster from the same working-time computation the slot engine uses, in a fixed number
/// of queries (locations, practitioners, their rules and exceptions) whatever the number of practitioners.
/// </summary>
internal sealed class LocationRosterLoader(ICatalogDirectory directory, ScheduleStore store, TimeProvider clock)
{
    /// <summary>Null when the location is unknown, inactive or outside the caller's scope (404).</summary>
    public async Task<LocationRosterView?> LoadAsync(Guid locationId, LocalDate? week, CallerScope caller, CancellationToken cancellationToken)
    {
        if (!caller.CanSeeLocation(locationId)
            || (await directory.GetLocationsAsync(cancellationToken)).FirstOrDefault(l => l.Id == locationId) is not { } location
            || DateTimeZoneProviders.Tzdb.GetZoneOrNull(location.TimeZoneId) is not { } zone)
        {
            return null;
        }
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date;
        var monday = (week ?? today).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        var practitioners = (await directory.GetPractitionersAsync(cancellationToken)).Where(p => p.LocationIds.Contains(locationId)).ToList();
        var schedules = await store.LoadAsync([.. practitioners.Select(p => p.Id)], monday, monday.PlusDays(6), cancellationToken);

        var lines = practitioners.Select(p =>
        {
            var windows = new WorkingWindows(schedules.CalendarAt(p.Id, locationId), zone);
            var exceptions = schedules.Exceptions.Where(e => e.PractitionerId == p.Id && (e.Kind == "unavailable" || e.LocationId == locationId)).ToList();
            var days = Enumerable.Range(0, 7).Select(monday.PlusDays)
                .Select(date => new RosterCell(
                    windows.On(date).Select(w => Range(date, w.Start.InZone(zone).LocalDateTime, w.End.InZone(zone).LocalDateTime)).ToList(),
                    exceptions.Select(e => Note(date, e)).OfType<string>().ToList()))
                .ToList();
            return new RosterLine(p.Id, p.Name, days);
        }).ToList();
        return new LocationRosterView(location, monday, lines, caller.Role is Roles.Admin or Roles.ClinicManager) { WeekText = LocationRosterView.IsoDate(monday) };
    }

    /// <summary>An exception on a date, clipped to it: "Holiday, all day", "Extra hours 18:00–20:00"; null when it misses the date.</summary>
    private static string? Note(LocalDate date, ScheduleStore.ExceptionRow exception)
    {
        var start = LocalDateTime.FromDateTime(exception.StartLocal);
        var end = LocalDateTime.FromDateTime(exception.EndLocal);
        var dayStart = date.AtMidnight();
        var dayEnd = date.PlusDays(1).AtMidnight();
        if (end <= dayStart || start >= dayEnd)
        {
            return null;
        }
        var label = exception.Kind == "available" ? "Extra hours" : exception.Reason switch
        {
            "holiday" => "Holiday",
            "sick_leave" => "Sick leave",
            "training" => "Training",
            _ => "Unavailable",
        };
        return start <= dayStart && end >= dayEnd ? $"{label}, all day" : $"{label} {Range(date, LocalDateTime.Max(start, dayStart), LocalDateTime.Min(end, dayEnd))}";
    }

    /// <summary>Wall-clock times on a date; an end at the next midnight reads 24:00.</summary>
    private static string Range(LocalDate date, LocalDateTime start, LocalDateTime end) =>
        $"{WallClockText.Format(start.TimeOfDay)}–{(end.Date > date ? "24:00" : WallClockText.Format(end.TimeOfDay))}";
}
