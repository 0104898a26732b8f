using System.Globalization;

namespace WellPath.Catalog.Shared;

/// <summary>The API's local date (<c>YYYY-MM-DD</c>) and local time (<c>HH:mm</c>) texts, parsed strictly.</summary>
internal static class LocalFormats
{
    public const string TimeFormat = "HH:mm";
    public const string DateFormat = "yyyy-MM-dd";

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static TimeOnly? Time(string? text) => TryParseTime(text, out var time) ? time : null;

    public static DateOnly? Date(string? text) => TryParseDate(text, out var date) ? date : null;

    public static string Format(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static bool IsTimeOrEmpty(string? text) => string.IsNullOrEmpty(text) || TryParseTime(text, out _);

    public static bool IsDateOrEmpty(string? text) => string.IsNullOrEmpty(text) || TryParseDate(text, out _);
}
