using FluentValidation;

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
}
