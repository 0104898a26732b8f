using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>Rule 3's practitioner windows for one date, worked out in full (clock changes, exceptions, effective dates).</summary>
internal static class WorkingTime
{
    /// <summary>A practitioner's exceptions as instants, once per search rather than once per day.</summary>
    public static (bool Available, Span Span)[] Exceptions(PractitionerCalendar practitioner, DateTimeZone zone) =>
        [.. practitioner.Exceptions.Select(e => (e.Available, new Span(WallClock.BoundaryInstant(e.Start, zone), WallClock.BoundaryInstant(e.End, zone))))];

    /// <summary>Weekly rules (touching ones merged) minus breaks, minus unavailable exceptions, plus available ones.</summary>
    public static List<Span> For(PractitionerCalendar practitioner, Day day, IReadOnlyList<(bool Available, Span Span)> exceptions)
    {
        var date = day.Date;
        var windows = new List<Span>();
        var breaks = new List<Span>();
        foreach (var rule in practitioner.Rules)
        {
            if (!rule.AppliesOn(date))
            {
                continue;
            }
            windows.Add(day.On(new LocalRange(rule.Start, rule.End)));
            foreach (var pause in rule.Breaks)
            {
                breaks.Add(day.On(pause));
            }
        }

        var unavailable = new List<Span>();
        foreach (var (available, span) in exceptions)
        {
            if (!span.Overlaps(day.Span))
            {
                continue;
            }
            if (available)
            {
                windows.Add(new Span(Instant.Max(span.Start, day.Span.Start), Instant.Min(span.End, day.Span.End)));
            }
            else
            {
                unavailable.Add(span);
            }
        }

        if (windows.Count == 0)
        {
            return windows;
        }
        var merged = Span.Merge(windows);
        return Span.Subtract(Span.Subtract(merged, breaks), unavailable);
    }
}
