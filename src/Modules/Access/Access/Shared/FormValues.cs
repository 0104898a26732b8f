namespace WellPath.Access.Shared;

/// <summary>
/// Turns the text fields of the admin forms into typed values. Location ids are typed as a list for now, until the
/// catalog module offers locations to choose from.
/// </summary>
internal static class FormValues
{
    public const int MaxLocationText = 4_000;

    private static readonly char[] Separators = [',', ';', ' ', '\t', '\r', '\n'];

    public static bool TryParseLocationIds(string? text, out Guid[] ids, out string? error)
    {
        ids = [];
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (text.Length > MaxLocationText)
        {
            error = $"At most {FieldRules.MaxLocations} locations.";
            return false;
        }

        var parsed = new List<Guid>();
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Guid.TryParse(part, out var id))
            {
                error = $"“{Shorten(part)}” is not a location id. Enter UUIDs separated by commas or spaces.";
                return false;
            }
            parsed.Add(id);
        }
        ids = [.. parsed.Distinct()];
        return true;
    }

    public static bool TryParseOptionalId(string? text, out Guid? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (text.Length <= 40 && Guid.TryParse(text.Trim(), out var parsed))
        {
            id = parsed;
            return true;
        }
        return false;
    }

    public static string? TrimToNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string LocationText(IEnumerable<Guid> ids) => string.Join('\n', ids);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
