using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace WellPath.Availability.Shared;

/// <summary>The API's wall-clock spellings: weekdays in lowercase English, <c>HH:mm</c>, <c>YYYY-MM-DDTHH:mm</c>.</summary>
internal static class WallClockText
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalDateTimePattern DateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static bool TryWeekday(string? text, out IsoDayOfWeek day)
    {
        var index = Array.IndexOf(Weekdays, text);
        day = index < 0 ? IsoDayOfWeek.None : (IsoDayOfWeek)(index + 1);
        return index >= 0;
    }

    public static string Weekday(IsoDayOfWeek day) => Weekdays[(int)day - 1];

    public static bool TryTime(string? text, out LocalTime time)
    {
        var result = text is { Length: 5 } ? Time.Parse(text) : null;
        time = result?.Success == true ? result.Value : default;
        return result?.Success == true;
    }

    public static string Format(LocalTime time) => Time.Format(time);

    public static bool TryDateTime(string? text, out LocalDateTime value)
    {
        var result = text is { Length: 16 } ? DateTime.Parse(text) : null;
        value = result?.Success == true ? result.Value : default;
        return result?.Success == true;
    }

    public static string Format(LocalDateTime value) => DateTime.Format(value);

    /// <summary>An instant with the location's offset at that instant: <c>2027-03-01T09:00:00+00:00</c>.</summary>
    public static string Format(Instant instant, DateTimeZone zone) =>
        instant.InZone(zone).ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
