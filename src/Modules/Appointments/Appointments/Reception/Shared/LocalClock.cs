using System.Globalization;

namespace WellPath.Appointments.Reception.Shared;

/// <summary>Dates and times as the front desk reads them: in the location's own zone.</summary>
internal static class LocalClock
{
    public static DateTimeOffset Local(DateTime utc, string zoneId) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone(zoneId));

    public static DateTimeOffset Local(DateTimeOffset instant, string zoneId) => TimeZoneInfo.ConvertTime(instant, Zone(zoneId));

    public static DateOnly Today(TimeProvider clock, string zoneId) => DateOnly.FromDateTime(Local(clock.GetUtcNow(), zoneId).DateTime);

    /// <summary>A day written YYYY-MM-DD between the years 2000 and 2999.</summary>
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 2000 and <= 2999;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset local) => local.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public static string LongDay(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
