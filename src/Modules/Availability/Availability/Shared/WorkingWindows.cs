using NodaTime;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Shared;

/// <summary>
/// One practitioner's working windows at one location, day by day, as the slot engine computes them (scheduling
/// rule 3: weekly rules merged, minus breaks, minus unavailable exceptions, plus available ones).
/// </summary>
internal sealed class WorkingWindows(PractitionerCalendar calendar, DateTimeZone zone)
{
    private static readonly List<Span> NoOpeningOrClosures = [];

    private readonly List<(bool Available, Span Span)> exceptions = WorkingTime.Exceptions(calendar, zone);

    // The engine caches weekday windows by practitioner id, so each calendar (before or after a change) gets its own cache.
    private readonly WeekdayWindows weekdays = new();

    public DateTimeZone Zone => zone;

    /// <summary>The windows of a local date; opening hours and closures are the location's concern, not the practitioner's.</summary>
    public List<Span> On(LocalDate date) =>
        WorkingTime.For(calendar, new Day(date, zone, NoOpeningOrClosures, NoOpeningOrClosures), exceptions, weekdays);

    /// <summary>Whether <c>[start, end)</c> lies wholly inside one window of its start's local date.</summary>
    public bool Contains(Instant start, Instant end)
    {
        var appointment = new Span(start, end);
        return On(start.InZone(zone).Date).Exists(window => window.Contains(appointment));
    }
}
