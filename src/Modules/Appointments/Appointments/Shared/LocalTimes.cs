using System.Globalization;

namespace WellPath.Appointments.Shared;

/// <summary>
/// Dates and times as people read them, customers and the front desk alike: the wall clock of the location's own time
/// zone, in English. The one place that turns an instant into local text and back.
/// </summary>
internal static class LocalTimes
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static DateTimeOffset InZone(DateTimeOffset instant, string zoneId) => TimeZoneInfo.ConvertTime(instant, Zone(zoneId));

    /// <summary>A UTC timestamp as the database keeps it.</summary>
    public static DateTimeOffset InZone(DateTime utc, string zoneId) => InZone(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zoneId);

    public static DateOnly Today(TimeProvider clock, string zoneId) => DateOf(InZone(clock.GetUtcNow(), zoneId));

    public static DateOnly DateOf(DateTimeOffset local) => DateOnly.FromDateTime(local.DateTime);

    /// <summary>A day written YYYY-MM-DD between the years 2000 and 2999.</summary>
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", English, DateTimeStyles.None, out date) && date.Year is >= 2000 and <= 2999;

    /// <summary>
    /// A wall-clock time typed as HH:mm on <paramref name="date"/> at the location, as an instant: a time that does not
    /// exist (clocks going forward) is refused, one that occurs twice is its earlier instant (scheduling rule 2).
    /// </summary>
    public static bool TryInstant(DateOnly date, string? time, string zoneId, out DateTimeOffset instant)
    {
        instant = default;
        if (!TimeOnly.TryParseExact(time, "HH:mm", English, DateTimeStyles.None, out var clock))
        {
            return false;
        }
        var local = date.ToDateTime(clock, DateTimeKind.Unspecified);
        var zone = Zone(zoneId);
        if (zone.IsInvalidTime(local))
        {
            return false;
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        instant = new DateTimeOffset(local, offset);
        return true;
    }

    /// <summary>"2027-03-01".</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", English);

    /// <summary>The instant as the API and the links spell it, with the offset it has at the clinic.</summary>
    public static string Iso(DateTimeOffset local) => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", English);

    /// <summary>"09:15".</summary>
    public static string Time(DateTimeOffset local) => local.ToString("HH:mm", English);

    /// <summary>"09:00–09:30".</summary>
    public static string Hours(DateTimeOffset localStart, DateTimeOffset localEnd) => $"{Time(localStart)}–{Time(localEnd)}";

    /// <summary>"Mon 1 Mar".</summary>
    public static string ShortDay(DateTimeOffset local) => local.ToString("ddd d MMM", English);

    /// <summary>"Mon 1 Mar, 09:15": a time offered next to others.</summary>
    public static string Short(DateTimeOffset local) => $"{ShortDay(local)}, {Time(local)}";

    /// <summary>"Mon 1": a day in a strip of days.</summary>
    public static string StripDay(DateOnly date) => date.ToString("ddd d", English);

    /// <summary>"Monday 1 March 2027".</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    public static string Day(DateTimeOffset local) => Day(DateOf(local));

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
