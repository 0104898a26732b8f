using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>
/// The one set of rules (scheduling-rules.md 2-8) that decides which times are offered. The booking path asks
/// <see cref="CandidatesAt"/> for the time it books, which runs the same search, so an offered time can be booked
/// and a refused one is never offered.
/// </summary>
internal static class SlotEngine
{
    public static IReadOnlyList<Slot> FindSlots(SlotQuery query, LocalDate from, LocalDate to, Guid? onlyPractitioner = null)
    {
        var service = query.Service;
        if (!IsBookable(service, query.CallerIsStaff))
        {
            return [];
        }
        var lastDate = LocalDate.Min(to, query.Now.InZone(query.Location.Zone).Date.PlusDays(service.MaxAdvanceDays));
        var practitioners = Roster.Ranked(query, onlyPractitioner);
        var blocked = new BlockedIndex(query.Blocked, practitioners, query.Rooms);
        var grid = new DayGrid(query, blocked);
        using var collector = new SlotCollector(grid.Capacity, practitioners, Period.DaysBetween(from, lastDate) + 1);
        var windows = new List<Span>();

        for (var date = from; date <= lastDate; date = date.PlusDays(1))
        {
            if (!InSeason(service, date) || !grid.Load(date))
            {
                continue;
            }
            for (var rank = 0; rank < practitioners.Count; rank++)
            {
                practitioners[rank].WindowsOn(grid.Day, windows);
                foreach (var window in windows)
                {
                    grid.OfferWithin(window, rank, collector);
                }
            }
            collector.Flush(grid);
        }
        return collector.ToSlotList();
    }

    /// <summary>
    /// What a booking at <paramref name="start"/> may get: the free practitioners at that time in the engine's order,
    /// each with its room; empty when that time is not free. The booking tries them in this order.
    /// </summary>
    public static List<Slot> CandidatesAt(SlotQuery query, Instant start, Guid? practitionerId)
    {
        var date = start.InZone(query.Location.Zone).Date;
        return FindSlots(query, date, date, practitionerId).Where(s => s.Start == start).ToList();
    }

    public static bool IsBookable(ServiceRules service, bool callerIsStaff) => service.Visibility switch
    {
        ServiceVisibility.Inactive => false,
        ServiceVisibility.Internal => callerIsStaff,
        _ => true,
    };

    private static bool InSeason(ServiceRules service, LocalDate date) =>
        service.Visibility != ServiceVisibility.Seasonal
        || (service.SeasonStart is { } first && service.SeasonEnd is { } last && date >= first && date <= last);
}
