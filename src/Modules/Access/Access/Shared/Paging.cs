using System.Globalization;
using FluentValidation;

namespace WellPath.Access.Shared;

/// <summary>Page numbers arrive as text so that a bad one gets a message, not a binding error.</summary>
internal static class Paging
{
    public const int MaxPage = 10_000;

    public static int Parse(string? page) =>
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;

    public static IRuleBuilderOptions<T, string?> ValidPage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(page => string.IsNullOrEmpty(page)
                || (page.Length <= 5 && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPage))
            .WithMessage($"The page must be a whole number from 1 to {MaxPage}.");
}
