using FluentValidation;
using WellPath.Access.Shared;

namespace WellPath.Access.UpdateStaff;

/// <summary>The fields on their own; whether the account as a whole stays valid is the handler's check.</summary>
internal sealed class UpdateStaffValidator : AbstractValidator<UpdateStaffRequest>
{
    public UpdateStaffValidator()
    {
        RuleFor(r => r.Role).ValidStaffRole().When(r => r.Role is not null);
        RuleFor(r => r.LocationIds).ValidLocationIds();
        RuleFor(r => r.PractitionerId).NotEqual(Guid.Empty).WithMessage("The practitioner id is empty.");
    }
}
