using FluentValidation;

namespace WellPath.Catalog.Shared;

internal sealed class ServiceRequestValidator : AbstractValidator<ServiceRequest>
{
    private const string MinutesMessage = "Whole minutes from 5 to 480, in multiples of 5.";

    public ServiceRequestValidator(CatalogReferences references)
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Category).OptionalText(CatalogFields.MaxName);
        RuleFor(r => r.Description).OptionalText(CatalogFields.MaxText);
        RuleFor(r => r.DurationMinutes).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Give the duration in minutes.")
            .Must(ServiceRules.IsWholeMinutes).WithMessage(MinutesMessage);
        RuleFor(r => r.StepMinutes).Must(ServiceRules.IsWholeMinutes).WithMessage(MinutesMessage).When(r => r.StepMinutes is not null);
        RuleFor(r => r.BufferBeforeMinutes).InclusiveBetween(0, ServiceRules.MaxMinutes);
        RuleFor(r => r.BufferAfterMinutes).InclusiveBetween(0, ServiceRules.MaxMinutes);
        RuleFor(r => r.PriceCents).NotNull().WithMessage("Give the price in minor units (cents).")
            .GreaterThanOrEqualTo(0).WithMessage("The price cannot be negative.");
        RuleFor(r => r.Currency).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Give the currency, e.g. GBP.")
            .Matches("^[A-Z]{3}$").WithMessage("An ISO 4217 currency code: three capital letters, e.g. GBP.");
        RuleFor(r => r.RoomTypeId).NotEqual(Guid.Empty).WithMessage("The room type id is empty.")
            .MustAsync(references.RoomTypeExistsAsync).WithMessage("There is no such room type.");
        RuleFor(r => r.LocationIds).ValidIdList("location").KnownLocations(references);
        RuleFor(r => r.PractitionerIds).ValidIdList("practitioner").KnownPractitioners(references);
        RuleFor(r => r.Visibility).Must(v => v is not null && ServiceRules.Visibilities.Contains(v))
            .WithMessage($"Visibility is one of: {string.Join(", ", ServiceRules.Visibilities)}.");
        RuleFor(r => r.SeasonStart).Must(LocalFormats.IsDateOrEmpty).WithMessage("A date is YYYY-MM-DD.");
        RuleFor(r => r.SeasonEnd).Must(LocalFormats.IsDateOrEmpty).WithMessage("A date is YYYY-MM-DD.");
        RuleFor(r => r.SeasonStart).NotEmpty().WithMessage("A seasonal service needs the first date of its season.").When(r => r.Visibility == "seasonal");
        RuleFor(r => r.SeasonEnd).NotEmpty().WithMessage("A seasonal service needs the last date of its season.").When(r => r.Visibility == "seasonal");
        RuleFor(r => r.SeasonEnd).Must((r, end) => LocalFormats.Date(end) >= LocalFormats.Date(r.SeasonStart))
            .WithMessage("The season ends on or after the day it starts.")
            .When(r => LocalFormats.Date(r.SeasonStart) is not null && LocalFormats.Date(r.SeasonEnd) is not null);
        RuleFor(r => r.MinNoticeMinutes).InclusiveBetween(0, ServiceRules.MaxNoticeMinutes);
        RuleFor(r => r.MaxAdvanceDays).InclusiveBetween(1, ServiceRules.MaxAdvanceDays);
        RuleFor(r => r.CancellationWindowHours).InclusiveBetween(0, ServiceRules.MaxCancellationWindowHours);
        RuleFor(r => r.PrepNotes).OptionalText(CatalogFields.MaxText);
        RuleFor(r => r.FollowUpRule).OptionalText(CatalogFields.MaxText);
    }
}
