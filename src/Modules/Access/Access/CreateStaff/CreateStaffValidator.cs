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
        RuleFor(r => r.Role)
            .NotEmpty()
            .Must(role => role is not null && Roles.Staff.Contains(role))
            .WithMessage($"Role must be one of: {string.Join(", ", Roles.Staff)}.");
        RuleFor(r => r.LocationIds)
            .Must(ids => ids is null || ids.Count <= FieldRules.MaxLocations).WithMessage($"At most {FieldRules.MaxLocations} locations.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("Locations are listed twice.")
            .Must(ids => ids is null || !ids.Contains(Guid.Empty)).WithMessage("A location id is empty.");
        RuleFor(r => r.LocationIds)
            .NotEmpty().WithMessage("Give at least one location for this role.")
            .When(r => r.Role is Roles.ClinicManager or Roles.Reception or Roles.Practitioner);
        RuleFor(r => r.PractitionerId)
            .NotEmpty().WithMessage("A practitioner account must be linked to its practitioner.")
            .When(r => r.Role == Roles.Practitioner);
    }
}
