using NodaTime;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Shared;

/// <summary>
/// One practitioner's working windows at one location, day by day, as the slot engine computes them (scheduling
/// rule 3: weekly rules merged, minus breaks, minus unavailable exceptions, plus available ones).
/// </summary>
internal sealed class WorkingWindows(PractitionerCalendar calendar, DateTimeZone zone)
{
    // Opening hours and closures are the location's concern, not the practitioner's.
    private readonly LocationCalendar noOpeningOrClosures = new(zone, [], []);

    private readonly (bool Available, Span Span)[] exceptions = WorkingTime.Exceptions(calendar, zone);

    public DateTimeZone Zone => zone;

    /// <summary>The windows of a local date, worked out in full (clock changes, exceptions, effective dates).</summary>
    public List<Span> On(LocalDate date) => WorkingTime.For(calendar, new Day(date, noOpeningOrClosures), exceptions);

    /// <summary>Whether <c>[start, end)</c> lies wholly inside one window of its start's local date.</summary>
    public bool Contains(Instant start, Instant end)
    {
        var appointment = new Span(start, end);
        return On(start.InZone(zone).Date).Exists(window => window.Contains(appointment));
    }
}
