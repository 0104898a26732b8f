using FluentValidation;

namespace WellPath.Catalog.Shared;

internal sealed class LocationRequestValidator : AbstractValidator<LocationRequest>
{
    public LocationRequestValidator()
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.TimeZone).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the location's time zone, e.g. Europe/London.")
            .Must(TimeZones.IsKnown).WithMessage("This is not a time zone of the IANA tz database, e.g. Europe/London.");
        RuleFor(r => r.Address).OptionalText(CatalogFields.MaxAddress);
        RuleFor(r => r.Phone).OptionalText(CatalogFields.MaxPhone);
        RuleFor(r => r.Email).OptionalEmail();
        RuleFor(r => r.OpeningHours).Custom((hours, context) =>
        {
            foreach (var (field, message) in OpeningHours.Problems(hours))
            {
                context.AddFailure(field, message);
            }
        });
    }
}
