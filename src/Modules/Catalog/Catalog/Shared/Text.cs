namespace WellPath.Catalog.Shared;

internal static class Text
{
    /// <summary>Optional text as stored: trimmed, and null when blank.</summary>
    public static string? TrimToNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
