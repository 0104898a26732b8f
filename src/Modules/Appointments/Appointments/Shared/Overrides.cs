using FluentValidation;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Shared;

/// <summary>Scheduling rule 10: who may book or move outside rules 2, 3, 6 and 7, and the reason they must give.</summary>
internal static class Overrides
{
    public const int MaxReason = 500;

    public const string ForbiddenDetail = "Only an admin, or a clinic manager at their own location, may override the booking rules.";

    public static bool Allowed(CallerScope caller, Guid locationId) =>
        caller.Role == Roles.Admin || (caller.Role == Roles.ClinicManager && caller.LocationIds.Contains(locationId));
}

internal sealed record OverrideRequest(string? Reason);

internal sealed class OverrideRequestValidator : AbstractValidator<OverrideRequest>
{
    public OverrideRequestValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Give the reason for the override.")
            .MaximumLength(Overrides.MaxReason).WithMessage($"The reason is at most {Overrides.MaxReason} characters.");
    }
}
