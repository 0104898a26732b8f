using FluentValidation;
using WellPath.Catalog.Shared;

namespace WellPath.Catalog.CreatePractitioner;

internal sealed class CreatePractitionerValidator : AbstractValidator<CreatePractitionerRequest>
{
    public CreatePractitionerValidator(CatalogReferences references)
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Email).OptionalEmail();
        RuleFor(r => r.LocationIds).ValidIdList("location").KnownLocations(references);
        RuleFor(r => r.StaffId).NotEqual(Guid.Empty).WithMessage("The staff account id is empty.");
    }
}
