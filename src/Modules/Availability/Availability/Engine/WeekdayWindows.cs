namespace WellPath.Availability.Engine;

/// <summary>
/// A practitioner's working windows per weekday as wall-clock minutes (rules merged, breaks taken out), computed
/// once per search. Only for rules without effective dates; a day with a clock change or an exception is worked
/// out in full by <see cref="WorkingTime.For"/>.
/// </summary>
internal sealed class WeekdayWindows
{
    private readonly Dictionary<(Guid, NodaTime.IsoDayOfWeek), List<(int Start, int End)>?> cache = [];

    public List<(int Start, int End)>? TryGet(PractitionerCalendar practitioner, NodaTime.IsoDayOfWeek weekday)
    {
        var key = (practitioner.PractitionerId, weekday);
        if (!cache.TryGetValue(key, out var windows))
        {
            cache[key] = windows = Compute(practitioner, weekday);
        }
        return windows;
    }

    private static List<(int Start, int End)>? Compute(PractitionerCalendar practitioner, NodaTime.IsoDayOfWeek weekday)
    {
        var rules = practitioner.Rules.Where(r => r.Day == weekday).ToList();
        if (rules.Any(r => r.EffectiveFrom is not null || r.EffectiveUntil is not null))
        {
            return null;
        }
        var windows = MergeMinutes(rules.Select(r => (Minute(r.Start), Minute(r.End))));
        foreach (var pause in rules.SelectMany(r => r.Breaks))
        {
            var (from, to) = (Minute(pause.Start), Minute(pause.End));
            windows = windows.SelectMany(w => from >= w.End || to <= w.Start
                ? [w]
                : new[] { (w.Start, Math.Min(from, w.End)), (Math.Max(to, w.Start), w.End) }.Where(p => p.Item1 < p.Item2)).ToList();
        }
        return windows;
    }

    private static List<(int Start, int End)> MergeMinutes(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.Where(s => s.Start < s.End).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    private static int Minute(NodaTime.LocalTime time) => time.Hour * 60 + time.Minute;
}
