using FluentValidation;
using NodaTime;
using WellPath.Availability.Shared;

namespace WellPath.Availability.Exceptions;

internal sealed class AddExceptionValidator : AbstractValidator<AddExceptionRequest>
{
    public const int MaxDays = 366;
    public static readonly string[] Kinds = ["unavailable", "available"];
    public static readonly string[] Reasons = ["holiday", "sick_leave", "training", "other"];

    public AddExceptionValidator()
    {
        RuleFor(r => r.Kind).Must(k => Kinds.Contains(k)).WithMessage("Kind must be unavailable or available.");
        RuleFor(r => r.Reason).Must(r => Reasons.Contains(r)).WithMessage("Reason must be one of holiday, sick_leave, training, other.");
        RuleFor(r => r.LocationId).NotEmpty().When(r => r.Kind == "available").WithMessage("Extra hours are at one location: choose it.");
        RuleFor(r => r.Start).Must(s => WallClockText.TryDateTime(s, out _)).WithMessage("Start must be a local date-time YYYY-MM-DDTHH:mm.");
        RuleFor(r => r.End).Must(s => WallClockText.TryDateTime(s, out _)).WithMessage("End must be a local date-time YYYY-MM-DDTHH:mm.");
        RuleFor(r => r.End).Must((r, end) => Span(r.Start, end) is { } span && span > Period.Zero.ToDuration())
            .When(r => WallClockText.TryDateTime(r.Start, out _) && WallClockText.TryDateTime(r.End, out _))
            .WithMessage("The exception must end after it starts.");
        RuleFor(r => r.End).Must((r, end) => Span(r.Start, end) is not { } span || span <= Duration.FromDays(MaxDays))
            .When(r => WallClockText.TryDateTime(r.Start, out _) && WallClockText.TryDateTime(r.End, out _))
            .WithMessage($"An exception lasts at most {MaxDays} days.");
    }

    private static Duration? Span(string? start, string? end) =>
        WallClockText.TryDateTime(start, out var s) && WallClockText.TryDateTime(end, out var e)
            ? e.InUtc().ToInstant() - s.InUtc().ToInstant()
            : null;
}
