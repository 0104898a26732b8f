using NodaTime;

namespace WellPath.Catalog.Shared;

/// <summary>IANA zone ids, checked against the tz database NodaTime ships, so the answer does not depend on the host's zoneinfo.</summary>
internal static class TimeZones
{
    public static bool IsKnown(string? id) => !string.IsNullOrEmpty(id) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;
}
