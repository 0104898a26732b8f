using FluentValidation;
using WellPath.Catalog.Shared;

namespace WellPath.Catalog.AddClosure;

internal sealed class AddClosureValidator : AbstractValidator<AddClosureRequest>
{
    public AddClosureValidator()
    {
        RuleFor(r => r.Date).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the local date, YYYY-MM-DD.")
            .Must(d => LocalFormats.TryParseDate(d, out _)).WithMessage("A date is YYYY-MM-DD.");
        RuleFor(r => r.Start).Must(LocalFormats.IsTimeOrEmpty).WithMessage("A time is HH:mm.");
        RuleFor(r => r.End).Must(LocalFormats.IsTimeOrEmpty).WithMessage("A time is HH:mm.");
        RuleFor(r => r.End)
            .Must((r, end) => string.IsNullOrEmpty(r.Start) == string.IsNullOrEmpty(end))
            .WithMessage("Give both start and end for part of a day, or neither for the whole day.");
        RuleFor(r => r.End)
            .Must((r, end) => LocalFormats.Time(end) > LocalFormats.Time(r.Start)).WithMessage("The closure ends after it starts.")
            .When(r => LocalFormats.Time(r.Start) is not null && LocalFormats.Time(r.End) is not null);
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Give a reason.").MaximumLength(CatalogFields.MaxName);
    }
}
