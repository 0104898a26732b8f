using System.Globalization;

namespace WellPath.Access.Shared;

/// <summary>Instants as PostgreSQL hands them over (UTC) and as the admin pages show them.</summary>
internal static class Instants
{
    public static DateTimeOffset FromUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static string Utc(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string In(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
