using FluentValidation;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.CreateStaff;

internal sealed class CreateStaffValidator : AbstractValidator<CreateStaffRequest>
{
    public CreateStaffValidator()
    {
        RuleFor(r => r.Email).ValidEmail();
        RuleFor(r => r.Name).ValidPersonName();
        RuleFor(r => r.Role).ValidStaffRole();
        RuleFor(r => r.LocationIds).ValidLocationIds();
        RuleFor(r => r.LocationIds)
            .NotEmpty().WithMessage(FieldRules.NeedsLocationsMessage)
            .When(r => FieldRules.NeedsLocations(r.Role));
        RuleFor(r => r.PractitionerId)
            .NotEmpty().WithMessage(FieldRules.NeedsPractitionerMessage)
            .When(r => r.Role == Roles.Practitioner);
    }
}
