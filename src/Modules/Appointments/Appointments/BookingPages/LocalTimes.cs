using System.Globalization;

namespace WellPath.Appointments.BookingPages;

/// <summary>Times as customers read them: the wall clock of the clinic's own time zone, in English.</summary>
internal static class LocalTimes
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateTimeOffset InZone(DateTimeOffset instant, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>"Monday 1 March 2027".</summary>
    public static string Day(DateTimeOffset local) => local.ToString("dddd d MMMM yyyy", English);

    /// <summary>"09:00–09:30".</summary>
    public static string Hours(DateTimeOffset localStart, DateTimeOffset localEnd) =>
        $"{localStart.ToString("HH:mm", English)}–{localEnd.ToString("HH:mm", English)}";

    /// <summary>"Mon 1 Mar, 09:15": a time offered next to others.</summary>
    public static string Short(DateTimeOffset local) => local.ToString("ddd d MMM, HH:mm", English);

    /// <summary>The instant as the API and the links spell it, with the offset it has at the clinic.</summary>
    public static string Iso(DateTimeOffset local) => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
