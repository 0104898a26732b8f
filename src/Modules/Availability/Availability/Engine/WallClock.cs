using NodaTime;
using NodaTime.TimeZones;

namespace WellPath.Availability.Engine;

/// <summary>
/// Local times to instants, by the rules of scheduling-rules.md (rule 2): a boundary in a skipped hour moves
/// forward by the gap, one in a repeated hour takes the earlier instant; a candidate start that does not exist
/// is dropped, and one that occurs twice counts once, at its earlier instant.
/// </summary>
internal static class WallClock
{
    private static readonly ZoneLocalMappingResolver Boundary = Resolvers.LenientResolver;

    public static Instant BoundaryInstant(LocalDateTime local, DateTimeZone zone) => local.InZone(zone, Boundary).ToInstant();

    public static Span Day(LocalDate date, DateTimeZone zone) =>
        new(BoundaryInstant(date.AtMidnight(), zone), BoundaryInstant(date.PlusDays(1).AtMidnight(), zone));

    public static Span On(LocalDate date, LocalRange range, DateTimeZone zone) =>
        new(BoundaryInstant(date + range.Start, zone), BoundaryInstant(date + range.End, zone));

    /// <summary>The instant a candidate start means, or null when that local time does not exist that day.</summary>
    public static Instant? CandidateInstant(LocalDateTime local, DateTimeZone zone)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? null : mapping.First().ToInstant();
    }
}
