using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>Rule 3's windows for one date: practitioner working time, location opening hours, closures.</summary>
internal static class WorkingTime
{
    /// <summary>A practitioner's exceptions as instants, once per search rather than once per day.</summary>
    public static List<(bool Available, Span Span)> Exceptions(PractitionerCalendar practitioner, DateTimeZone zone) =>
        practitioner.Exceptions
            .Select(e => (e.Available, new Span(WallClock.BoundaryInstant(e.Start, zone), WallClock.BoundaryInstant(e.End, zone))))
            .ToList();

    /// <summary>Weekly rules (touching ones merged) minus breaks, minus unavailable exceptions, plus available ones.</summary>
    public static List<Span> For(PractitionerCalendar practitioner, Day day, IReadOnlyList<(bool Available, Span Span)> exceptions, WeekdayWindows cache)
    {
        var date = day.Date;
        if (day.HasFixedOffset && !AnyOverlap(exceptions, day.Span) && cache.TryGet(practitioner, date.DayOfWeek) is { } minutes)
        {
            var fast = new List<Span>(minutes.Count);
            foreach (var (start, end) in minutes)
            {
                fast.Add(new Span(day.AtMinute(start), day.AtMinute(end)));
            }
            return fast;
        }

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

    private static bool AnyOverlap(IReadOnlyList<(bool Available, Span Span)> exceptions, Span day)
    {
        for (var i = 0; i < exceptions.Count; i++)
        {
            if (exceptions[i].Span.Overlaps(day))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The location's opening hours on a date; touching intervals merge.</summary>
    public static List<Span> Opening(LocationCalendar location, LocalDate date)
    {
        var spans = new List<Span>();
        foreach (var hours in location.OpeningHours)
        {
            if (hours.Day == date.DayOfWeek)
            {
                spans.Add(WallClock.On(date, new LocalRange(hours.Opens, hours.Closes), location.Zone));
            }
        }
        return spans.Count == 0 ? spans : Span.Merge(spans);
    }

    public static List<Span> Closures(LocationCalendar location, LocalDate date)
    {
        var spans = new List<Span>();
        foreach (var closure in location.Closures)
        {
            if (closure.Date == date)
            {
                spans.Add(closure.Times is { } times ? WallClock.On(date, times, location.Zone) : WallClock.Day(date, location.Zone));
            }
        }
        return spans;
    }
}
