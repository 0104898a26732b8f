using FluentValidation;
using WellPath.Availability.Shared;

namespace WellPath.Availability.WeeklySchedule;

internal sealed class ReplaceWeeklyScheduleValidator : AbstractValidator<ReplaceWeeklyScheduleRequest>
{
    public const int MaxRules = 100;
    public const int MaxBreaks = 10;

    public ReplaceWeeklyScheduleValidator()
    {
        RuleFor(r => r.Rules).NotNull().WithMessage("Give the rules (an empty list clears the schedule).")
            .Must(r => r is null || r.Count <= MaxRules).WithMessage($"At most {MaxRules} rules.");
        RuleForEach(r => r.Rules).ChildRules(rule =>
        {
            rule.RuleFor(x => x.Weekday).Must(d => WallClockText.TryWeekday(d, out _))
                .WithMessage("Weekday must be one of monday ... sunday (lowercase).");
            rule.RuleFor(x => x.LocationId).NotEmpty().WithMessage("Choose the location.");
            rule.RuleFor(x => x.Start).Must(t => WallClockText.TryTime(t, out _)).WithMessage("Start must be a time HH:mm.");
            rule.RuleFor(x => x.End).Must(t => WallClockText.TryTime(t, out _)).WithMessage("End must be a time HH:mm.");
            rule.RuleFor(x => x).Must(x => Ordered(x.Start, x.End)).OverridePropertyName("End").WithMessage("The rule must end after it starts, on the same day.")
                .When(x => WallClockText.TryTime(x.Start, out _) && WallClockText.TryTime(x.End, out _));
            rule.RuleFor(x => x.Breaks).Must(b => b is null || b.Count <= MaxBreaks).WithMessage($"At most {MaxBreaks} breaks.");
            rule.RuleForEach(x => x.Breaks).Must(b => Ordered(b.Start, b.End)).WithMessage("A break is two times HH:mm, the first before the second.");
            rule.RuleFor(x => x).Must(BreaksInsideAndApart).OverridePropertyName("Breaks").WithMessage("Breaks must lie inside the rule and not overlap each other.")
                .When(x => Ordered(x.Start, x.End) && (x.Breaks ?? []).All(b => Ordered(b.Start, b.End)));
            rule.RuleFor(x => x.EffectiveUntil).GreaterThanOrEqualTo(x => x.EffectiveFrom).When(x => x.EffectiveFrom is not null && x.EffectiveUntil is not null)
                .WithMessage("The rule must stop being effective after it starts.");
        });
    }

    private static bool Ordered(string? start, string? end) =>
        WallClockText.TryTime(start, out var s) && WallClockText.TryTime(end, out var e) && s < e;

    private static bool BreaksInsideAndApart(WeeklyRuleRequest rule)
    {
        WallClockText.TryTime(rule.Start, out var start);
        WallClockText.TryTime(rule.End, out var end);
        var breaks = (rule.Breaks ?? []).Select(b =>
        {
            WallClockText.TryTime(b.Start, out var s);
            WallClockText.TryTime(b.End, out var e);
            return (Start: s, End: e);
        }).OrderBy(b => b.Start).ToList();
        return breaks.All(b => b.Start >= start && b.End <= end)
            && breaks.Zip(breaks.Skip(1), (a, b) => a.End <= b.Start).All(ok => ok);
    }
}
