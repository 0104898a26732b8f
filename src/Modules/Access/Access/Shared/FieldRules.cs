using FluentValidation;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.Shared;

/// <summary>Limits every access form and API body shares.</summary>
internal static class FieldRules
{
    public const int MaxEmail = 254;
    public const int MaxName = 200;
    public const int MaxLocations = 100;

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter an email address.")
            .MaximumLength(MaxEmail)
            .EmailAddress().WithMessage("Enter a valid email address.");

    public static IRuleBuilderOptions<T, string?> ValidPersonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter a name.")
            .MaximumLength(MaxName)
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("The name contains characters that are not allowed.");

    public static IRuleBuilderOptions<T, string?> ValidStaffRole<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .Must(role => role is not null && Roles.Staff.Contains(role))
            .WithMessage($"Role must be one of: {string.Join(", ", Roles.Staff)}.");

    public static IRuleBuilderOptions<T, IReadOnlyList<Guid>?> ValidLocationIds<T>(this IRuleBuilder<T, IReadOnlyList<Guid>?> rule) =>
        rule.Must(ids => ids is null || ids.Count <= MaxLocations).WithMessage($"At most {MaxLocations} locations.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("Locations are listed twice.")
            .Must(ids => ids is null || !ids.Contains(Guid.Empty)).WithMessage("A location id is empty.");

    /// <summary>Managers, reception and practitioners work at named locations.</summary>
    public static bool NeedsLocations(string? role) => role is Roles.ClinicManager or Roles.Reception or Roles.Practitioner;

    public const string NeedsLocationsMessage = "Give at least one location for this role.";

    public const string NeedsPractitionerMessage = "A practitioner account must be linked to its practitioner.";
}
