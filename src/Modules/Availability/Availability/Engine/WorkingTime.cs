using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>Rule 3's windows for one date: practitioner working time, location opening hours, closures.</summary>
internal static class WorkingTime
{
    /// <summary>Weekly rules (touching ones merged) minus breaks, minus unavailable exceptions, plus available ones.</summary>
    public static List<Span> For(PractitionerCalendar practitioner, LocalDate date, DateTimeZone zone)
    {
        var windows = new List<Span>();
        var breaks = new List<Span>();
        foreach (var rule in practitioner.Rules)
        {
            if (!rule.AppliesOn(date))
            {
                continue;
            }
            windows.Add(WallClock.On(date, new LocalRange(rule.Start, rule.End), zone));
            foreach (var pause in rule.Breaks)
            {
                breaks.Add(WallClock.On(date, pause, zone));
            }
        }

        var day = WallClock.Day(date, zone);
        var unavailable = new List<Span>();
        foreach (var exception in practitioner.Exceptions)
        {
            var span = new Span(WallClock.BoundaryInstant(exception.Start, zone), WallClock.BoundaryInstant(exception.End, zone));
            if (!span.Overlaps(day))
            {
                continue;
            }
            if (exception.Available)
            {
                windows.Add(new Span(Instant.Max(span.Start, day.Start), Instant.Min(span.End, day.End)));
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
