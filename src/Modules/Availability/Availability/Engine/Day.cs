using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>One local date at the location: its opening hours and closures, and a fast path for days without a clock change.</summary>
internal sealed class Day
{
    private readonly DateTimeZone zone;
    private readonly Instant? fixedMidnight;
    private readonly List<Span> opening = [];
    private readonly List<Span> closures = [];

    public Day(LocalDate date, LocationCalendar location)
    {
        Date = date;
        zone = location.Zone;
        Span = WallClock.Day(date, zone);
        var interval = zone.GetZoneInterval(Span.Start);
        fixedMidnight = !interval.HasEnd || interval.End >= Span.End ? Span.Start : null;

        foreach (var hours in location.OpeningHours)
        {
            if (hours.Day == date.DayOfWeek)
            {
                var span = On(new LocalRange(hours.Opens, hours.Closes));
                if (!span.IsEmpty)
                {
                    opening.Add(span);
                }
            }
        }
        if (opening.Count > 1)
        {
            opening = Span.Merge(opening);
        }
        foreach (var closure in location.Closures)
        {
            if (closure.Date == date)
            {
                closures.Add(closure.Times is { } times ? On(times) : Span);
            }
        }
    }

    public LocalDate Date { get; }

    /// <summary>True when the clocks do not change on this date, so a local minute is a fixed distance from midnight.</summary>
    public bool HasFixedOffset => fixedMidnight is not null;

    /// <summary>From the first opening to the last closing of the location on this date; null when it does not open.</summary>
    public Span? OpeningHours => opening.Count == 0 ? null : new Span(opening[0].Start, opening[^1].End);

    /// <summary>On a day with a fixed offset: the instant of a wall-clock minute of the day.</summary>
    public Instant AtMinute(int minuteOfDay) => fixedMidnight!.Value + Duration.FromMinutes(minuteOfDay);

    /// <summary>The whole local day as instants.</summary>
    public Span Span { get; }

    /// <summary>A boundary (rule, break, closure) on this date as an instant; plain arithmetic unless the clocks change today.</summary>
    public Instant Boundary(LocalTime time) =>
        fixedMidnight is { } midnight ? midnight + Duration.FromNanoseconds(time.NanosecondOfDay) : WallClock.BoundaryInstant(Date + time, zone);

    public Span On(LocalRange range) => new(Boundary(range.Start), Boundary(range.End));

    /// <summary>
    /// The first minute of the grid (multiples of <paramref name="step"/>) that is not before <paramref name="instant"/>
    /// on a day without a clock change; 0 on a day with one, whose minutes are not a fixed distance from midnight.
    /// </summary>
    public int FirstGridMinuteFrom(Instant instant, int step)
    {
        if (fixedMidnight is not { } midnight || instant <= midnight)
        {
            return 0;
        }
        var minutes = (long)Math.Ceiling((instant - midnight).TotalMinutes);
        return (int)Math.Min(24 * 60, (minutes + step - 1) / step * step);
    }

    /// <summary>The instant of a candidate start at <paramref name="minuteOfDay"/>, or null when that local time does not exist.</summary>
    public Instant? CandidateInstant(int minuteOfDay)
    {
        return fixedMidnight is { } midnight
            ? midnight + Duration.FromMinutes(minuteOfDay)
            : WallClock.CandidateInstant(Date + new LocalTime(minuteOfDay / 60, minuteOfDay % 60), zone);
    }

    /// <summary>Rule 3's location part: wholly inside one opening interval, overlapping no closure.</summary>
    public bool Open(Span candidate)
    {
        var inside = false;
        for (var i = 0; i < opening.Count && !inside; i++)
        {
            inside = opening[i].Contains(candidate);
        }
        for (var i = 0; i < closures.Count && inside; i++)
        {
            inside = !closures[i].Overlaps(candidate);
        }
        return inside;
    }
}
