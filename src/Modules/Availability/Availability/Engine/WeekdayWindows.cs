using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>
/// One practitioner's working windows per weekday as wall-clock minutes (rules merged, breaks taken out), worked
/// out on first use in a search. Only for rules without effective dates; a day with a clock change or an exception
/// is worked out in full by <see cref="WorkingTime.For"/>.
/// </summary>
internal sealed class WeekdayWindows(PractitionerCalendar practitioner)
{
    private readonly MinuteRange[]?[] byWeekday = new MinuteRange[]?[8];
    private readonly bool[] known = new bool[8];

    /// <summary>Null when a rule of that weekday has effective dates.</summary>
    public MinuteRange[]? On(IsoDayOfWeek weekday)
    {
        var day = (int)weekday;
        if (!known[day])
        {
            byWeekday[day] = Compute(weekday);
            known[day] = true;
        }
        return byWeekday[day];
    }

    private MinuteRange[]? Compute(IsoDayOfWeek weekday)
    {
        var windows = new List<MinuteRange>();
        foreach (var rule in practitioner.Rules)
        {
            if (rule.Day != weekday)
            {
                continue;
            }
            if (rule.EffectiveFrom is not null || rule.EffectiveUntil is not null)
            {
                return null;
            }
            windows.Add(new MinuteRange(Minute(rule.Start), Minute(rule.End)));
        }
        windows = Merge(windows);
        foreach (var rule in practitioner.Rules)
        {
            if (rule.Day != weekday)
            {
                continue;
            }
            foreach (var pause in rule.Breaks)
            {
                windows = Without(windows, new MinuteRange(Minute(pause.Start), Minute(pause.End)));
            }
        }
        return [.. windows];
    }

    private static List<MinuteRange> Merge(List<MinuteRange> spans)
    {
        spans.RemoveAll(s => s.Start >= s.End);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<MinuteRange>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    private static List<MinuteRange> Without(List<MinuteRange> windows, MinuteRange pause)
    {
        var result = new List<MinuteRange>(windows.Count + 1);
        foreach (var window in windows)
        {
            if (pause.Start >= window.End || pause.End <= window.Start)
            {
                result.Add(window);
                continue;
            }
            if (window.Start < Math.Min(pause.Start, window.End))
            {
                result.Add(window with { End = Math.Min(pause.Start, window.End) });
            }
            if (Math.Max(pause.End, window.Start) < window.End)
            {
                result.Add(window with { Start = Math.Max(pause.End, window.Start) });
            }
        }
        return result;
    }

    private static int Minute(LocalTime time) => time.Hour * 60 + time.Minute;
}

/// <summary>Wall-clock minutes of a day, half-open.</summary>
internal readonly record struct MinuteRange(int Start, int End);
