using FluentValidation;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.ListStaff;

internal sealed class ListStaffValidator : AbstractValidator<ListStaffRequest>
{
    public const int MaxSearch = 200;

    public ListStaffValidator()
    {
        RuleFor(r => r.Q).MaximumLength(MaxSearch).WithMessage($"The search text is at most {MaxSearch} characters.");
        RuleFor(r => r.Role)
            .Must(role => string.IsNullOrEmpty(role) || Roles.Staff.Contains(role))
            .WithMessage($"Role must be one of: {string.Join(", ", Roles.Staff)}.");
        RuleFor(r => r.Active)
            .Must(active => string.IsNullOrEmpty(active) || active is "true" or "false")
            .WithMessage("Active must be true or false.");
        RuleFor(r => r.Page).ValidPage();
    }
}
