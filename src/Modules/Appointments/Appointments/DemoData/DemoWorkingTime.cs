namespace WellPath.Appointments.DemoData;

/// <summary>
/// When a practitioner works at a clinic on a local date, as minutes of the day: their weekly rules minus breaks and
/// absences, inside the opening hours, outside closures. Stricter than the engine where it may be (touching rules are
/// not merged), so that whatever it offers the engine would offer too.
/// </summary>
internal static class DemoWorkingTime
{
    public static IReadOnlyList<(int Start, int End)> Windows(DemoSchedule schedule, DemoClinic clinic, Guid practitionerId, DateOnly date)
    {
        var rules = schedule.Rules.Where(r => r.PractitionerId == practitionerId && r.LocationId == clinic.Id && r.AppliesOn(date)).ToList();
        if (rules.Count == 0 || clinic.Closures.Any(c => c.Date == date && c.Start is null))
        {
            return [];
        }

        var open = clinic.Hours.Where(h => h.Day == date.DayOfWeek).Select(h => (Minutes(h.Opens), Minutes(h.Closes))).ToList();
        var windows = new List<(int Start, int End)>();
        foreach (var rule in rules)
        {
            var pieces = new List<(int Start, int End)> { (Minutes(rule.Start), Minutes(rule.End)) };
            pieces = rule.Breaks.Aggregate(pieces, (left, b) => Without(left, (Minutes(b.Start), Minutes(b.End))));
            windows.AddRange(pieces.SelectMany(p => open.Select(o => (Start: Math.Max(p.Start, o.Item1), End: Math.Min(p.End, o.Item2)))).Where(w => w.Start < w.End));
        }
        foreach (var closure in clinic.Closures.Where(c => c.Date == date))
        {
            windows = Without(windows, (Minutes(closure.Start!.Value), Minutes(closure.End!.Value)));
        }
        var dayStart = date.ToDateTime(TimeOnly.MinValue);
        foreach (var absence in schedule.Absences.Where(a => a.PractitionerId == practitionerId && a.StartLocal < dayStart.AddDays(1) && a.EndLocal > dayStart))
        {
            windows = Without(windows, ((int)Math.Max(0, (absence.StartLocal - dayStart).TotalMinutes), (int)Math.Min(24 * 60, (absence.EndLocal - dayStart).TotalMinutes)));
        }
        return [.. windows.OrderBy(w => w.Start)];
    }

    public static int Minutes(TimeOnly time) => (time.Hour * 60) + time.Minute;

    private static List<(int Start, int End)> Without(List<(int Start, int End)> windows, (int Start, int End) cut) =>
    [
        .. windows.SelectMany<(int Start, int End), (int Start, int End)>(w => w.End <= cut.Start || cut.End <= w.Start
            ? [w]
            : [(w.Start, cut.Start), (cut.End, w.End)]).Where(w => w.Start < w.End),
    ];
}
