using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;

namespace WellPath.Appointments.BookingPages;

internal sealed record NearTime(string Label, string Start);

/// <summary>
/// "Just taken": the free times closest to the one the customer wanted, for the same service, clinic and practitioner
/// choice, leaving out <c>except</c> (a booking's own time when it is being moved).
/// </summary>
internal static class NearestTimes
{
    public const int Count = 6;

    /// <summary>Days searched either side of the wanted day: nearer times are worth more than a long list.</summary>
    private const int DaysBefore = 3;
    private const int DaysAfter = 7;

    public static async Task<IReadOnlyList<NearTime>> FindAsync(
        ISlotFinder finder, BookingLink wanted, string timeZoneId, DateTimeOffset? except, CancellationToken cancellationToken)
    {
        var day = LocalTimes.DateOf(LocalTimes.InZone(wanted.Start, timeZoneId));
        var slots = await finder.FindAsync(
            new SlotRangeRequest(wanted.ServiceId, wanted.LocationId, day.AddDays(-DaysBefore), day.AddDays(DaysAfter), wanted.PractitionerId, CallerIsStaff: false),
            cancellationToken);
        // Several practitioners free at one time are one choice: "anyone" books whichever is free, a chosen one is the only one listed.
        return (slots?.Slots ?? [])
            .Select(s => s.Start)
            .Where(start => start != except)
            .Distinct()
            .OrderBy(start => (start - wanted.Start).Duration())
            .ThenBy(start => start)
            .Take(Count)
            .Order()
            .Select(start => new NearTime(LocalTimes.Short(start), LocalTimes.Iso(start)))
            .ToList();
    }
}
