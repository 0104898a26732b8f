using NodaTime;
using WellPath.Availability.Shared;

namespace WellPath.Availability.WeeklySchedule;

/// <summary>A validated rule of a weekly schedule, and the checks that need the whole schedule.</summary>
internal sealed record ParsedRule(IsoDayOfWeek Weekday, Guid LocationId, LocalTime Start, LocalTime End, IReadOnlyList<(LocalTime Start, LocalTime End)> Breaks, DateOnly? EffectiveFrom, DateOnly? EffectiveUntil)
{
    public WeeklyRuleResponse ToResponse() => new(
        WallClockText.Weekday(Weekday), LocationId, WallClockText.Format(Start), WallClockText.Format(End),
        Breaks.Select(b => new BreakResponse(WallClockText.Format(b.Start), WallClockText.Format(b.End))).ToList(),
        EffectiveFrom, EffectiveUntil);

    /// <summary>The rule as the schedule store loads it, to work out working time with it before it is saved.</summary>
    public ScheduleStore.RuleRow ToRow(Guid practitionerId) => new()
    {
        PractitionerId = practitionerId,
        LocationId = LocationId,
        Weekday = (short)Weekday,
        StartTime = Start.ToTimeOnly(),
        EndTime = End.ToTimeOnly(),
        EffectiveFrom = EffectiveFrom,
        EffectiveUntil = EffectiveUntil,
        BreakStarts = [.. Breaks.Select(b => b.Start.ToTimeOnly())],
        BreakEnds = [.. Breaks.Select(b => b.End.ToTimeOnly())],
    };

    public string Describe() => $"{WallClockText.Weekday(Weekday)} {WallClockText.Format(Start)}-{WallClockText.Format(End)}";

    public bool OverlapsInTime(ParsedRule other) =>
        Weekday == other.Weekday && Start < other.End && other.Start < End
        && (EffectiveFrom ?? DateOnly.MinValue) <= (other.EffectiveUntil ?? DateOnly.MaxValue)
        && (other.EffectiveFrom ?? DateOnly.MinValue) <= (EffectiveUntil ?? DateOnly.MaxValue);
}

internal static class WeeklyRules
{
    /// <summary>Only called on rules the validator accepted.</summary>
    public static ParsedRule Parse(WeeklyRuleRequest rule)
    {
        WallClockText.TryWeekday(rule.Weekday, out var day);
        WallClockText.TryTime(rule.Start, out var start);
        WallClockText.TryTime(rule.End, out var end);
        var breaks = (rule.Breaks ?? []).Select(b =>
        {
            WallClockText.TryTime(b.Start, out var s);
            WallClockText.TryTime(b.End, out var e);
            return (s, e);
        }).OrderBy(b => b.s).ToList();
        return new ParsedRule(day, rule.LocationId!.Value, start, end, breaks, rule.EffectiveFrom, rule.EffectiveUntil);
    }

    /// <summary>Each rule at a location the practitioner works at, and never two locations at once.</summary>
    public static Dictionary<string, string[]> Check(IReadOnlyList<ParsedRule> rules, IReadOnlyList<Guid> practitionerLocations)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (!practitionerLocations.Contains(rules[i].LocationId))
            {
                errors[$"rules[{i}].locationId"] = ["The practitioner is not assigned to this location."];
            }
            for (var j = 0; j < i; j++)
            {
                if (rules[j].LocationId != rules[i].LocationId && rules[i].OverlapsInTime(rules[j]))
                {
                    errors[$"rules[{i}]"] =
                    [
                        $"Overlaps rule {j} ({rules[j].Describe()}) at another location: a practitioner cannot work at two locations at once.",
                    ];
                }
            }
        }
        return errors;
    }

    /// <summary>
    /// A clinic manager replaces only the rules at their own locations; the new rules must still not overlap the
    /// rules kept at the other locations.
    /// </summary>
    public static Dictionary<string, string[]> CheckAgainstKept(IReadOnlyList<ParsedRule> rules, IReadOnlyList<ParsedRule> kept)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (kept.FirstOrDefault(k => k.LocationId != rules[i].LocationId && rules[i].OverlapsInTime(k)) is { } other)
            {
                errors[$"rules[{i}]"] =
                [
                    $"Overlaps the {other.Describe()} rule at another location, which only that location's manager can change: a practitioner cannot work at two locations at once.",
                ];
            }
        }
        return errors;
    }
}
