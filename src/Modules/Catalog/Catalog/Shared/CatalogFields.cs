using FluentValidation;

namespace WellPath.Catalog.Shared;

/// <summary>The limits every catalog body shares.</summary>
internal static class CatalogFields
{
    public const int MaxName = 200;
    public const int MaxText = 4000;
    public const int MaxAddress = 500;
    public const int MaxPhone = 40;
    public const int MaxEmail = 254;
    public const int MaxIds = 100;

    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter a name.")
            .MaximumLength(MaxName)
            .Must(NoControlCharacters).WithMessage("The name contains characters that are not allowed.");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, string?> OptionalEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxEmail).EmailAddress().WithMessage("Enter a valid email address.");

    public static IRuleBuilderOptions<T, IReadOnlyList<Guid>?> ValidIdList<T>(this IRuleBuilder<T, IReadOnlyList<Guid>?> rule, string what) =>
        rule.NotNull().WithMessage($"Give the list of {what} ids (it may be empty).")
            .Must(ids => ids is null || ids.Count <= MaxIds).WithMessage($"At most {MaxIds} {what} ids.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage($"A {what} is listed twice.")
            .Must(ids => ids is null || !ids.Contains(Guid.Empty)).WithMessage($"A {what} id is empty.");

    private static bool NoControlCharacters(string? value) => value is null || !value.Any(char.IsControl);
}
