using FluentValidation;

namespace WellPath.Catalog.Shared;

internal sealed class PractitionerRequestValidator : AbstractValidator<PractitionerRequest>
{
    public PractitionerRequestValidator(CatalogReferences references)
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Email).OptionalEmail();
        RuleFor(r => r.LocationIds).ValidIdList("location").KnownLocations(references);
        RuleFor(r => r.StaffId).NotEqual(Guid.Empty).WithMessage("The staff account id is empty.");
    }
}
