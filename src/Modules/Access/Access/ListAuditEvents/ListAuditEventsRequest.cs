using System.Globalization;
using System.Text.RegularExpressions;
using WellPath.Access.Shared;

namespace WellPath.Access.ListAuditEvents;

/// <summary>
/// The audit filters as typed. <c>From</c> and <c>To</c> are local dates (YYYY-MM-DD, both included) in
/// <c>Zone</c>, an IANA time zone (UTC when left out); the times on the page are shown in that zone too.
/// </summary>
internal sealed partial record ListAuditEventsRequest(
    string? ActorId, string? RecordType, string? RecordId, string? Action, string? From, string? To, string? Zone, string? Page)
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>A date from 1970 to 9998, so that the day after it and its start in any zone can be computed.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 1970 and <= 9998;

    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return true;
        }
        // Zone ids name files under /usr/share/zoneinfo, so only the IANA shape is looked up.
        if (id.Length > 64 || !ZoneId().IsMatch(id))
        {
            return false;
        }
        try
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone!);
        }
        catch (Exception ex) when (ex is InvalidTimeZoneException or IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$")]
    private static partial Regex ZoneId();

    /// <summary>Only for a request that passed its validator.</summary>
    public AuditFilter ToFilter()
    {
        TryFindZone(Zone, out var zone);
        return new AuditFilter(
            FormValues.TrimToNull(ActorId),
            FormValues.TrimToNull(RecordType),
            FormValues.TrimToNull(RecordId),
            FormValues.TrimToNull(Action),
            TryParseDate(From, out var from) ? LocalDates.StartOfDay(from, zone) : null,
            TryParseDate(To, out var to) ? LocalDates.StartOfDay(to.AddDays(1), zone) : null,
            zone,
            Paging.Parse(Page));
    }
}

/// <summary>The filters in database terms: <c>From</c> inclusive, <c>Until</c> exclusive, both instants.</summary>
internal sealed record AuditFilter(
    string? ActorId, string? RecordType, string? RecordId, string? Action, DateTimeOffset? From, DateTimeOffset? Until, TimeZoneInfo Zone, int Page);
