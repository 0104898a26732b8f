using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>
/// The one set of rules (scheduling-rules.md 2-8) that decides which times are offered. The booking path asks
/// <see cref="Check"/> for the time it books, which runs the same search, so an offered time can be booked
/// and a refused one is never offered.
/// </summary>
internal static class SlotEngine
{
    public static List<Slot> FindSlots(SlotQuery query, LocalDate from, LocalDate to, Guid? onlyPractitioner = null)
    {
        var service = query.Service;
        if (!IsBookable(service, query.CallerIsStaff))
        {
            return [];
        }
        var slots = new List<Slot>();
        // One bucket per grid minute of the day: practitioners are visited in id order, so reading the buckets in
        // time order gives "by start, then practitioner" without sorting.
        var buckets = new List<Slot>?[(24 * 60 / service.StepMinutes) + 1];

        var zone = query.Location.Zone;
        var lastDate = query.Now.InZone(zone).Date.PlusDays(service.MaxAdvanceDays);
        var earliestStart = query.Now + Duration.FromMinutes(service.MinNoticeMinutes);
        var blocked = new BlockedIndex(query.Blocked);
        var rooms = blocked.Rooms(query.Rooms);
        var practitioners = query.Practitioners
            .Where(p => onlyPractitioner is null || p.PractitionerId == onlyPractitioner)
            .OrderBy(p => p.PractitionerId.ToString(), StringComparer.Ordinal)
            .ToList();
        var exceptions = practitioners.Select(p => WorkingTime.Exceptions(p, zone)).ToList();
        var weekdayWindows = new WeekdayWindows();

        for (var date = from; date <= to && date <= lastDate; date = date.PlusDays(1))
        {
            if (!InSeason(service, date))
            {
                continue;
            }
            var opening = WorkingTime.Opening(query.Location, date);
            if (opening.Count == 0)
            {
                continue;
            }
            var day = new Day(date, query.Location.Zone, opening, WorkingTime.Closures(query.Location, date));
            for (var rank = 0; rank < practitioners.Count; rank++)
            {
                var practitioner = practitioners[rank];
                var busy = blocked.Practitioner(practitioner.PractitionerId);
                foreach (var window in WorkingTime.For(practitioner, day, exceptions[rank], weekdayWindows))
                {
                    AddCandidates(query, day, window, new Seat(practitioner.PractitionerId, busy, rooms), earliestStart, buckets);
                }
            }
            foreach (var bucket in buckets)
            {
                if (bucket is { Count: > 0 })
                {
                    slots.AddRange(bucket);
                    bucket.Clear();
                }
            }
        }

        return slots;
    }

    /// <summary>
    /// What a booking at <paramref name="start"/> may get: the free practitioners at that time in the engine's order,
    /// each with its room; empty when that time is not free. The booking tries them in this order.
    /// </summary>
    public static List<Slot> CandidatesAt(SlotQuery query, Instant start, Guid? practitionerId)
    {
        var date = start.InZone(query.Location.Zone).Date;
        return FindSlots(query, date, date, practitionerId).FindAll(s => s.Start == start);
    }

    /// <summary>The practitioner a candidate is for, with the existing bookings to test it against.</summary>
    private readonly record struct Seat(Guid PractitionerId, SortedSpans? Busy, SortedSpans?[] Rooms);

    public static bool IsBookable(ServiceRules service, bool callerIsStaff) => service.Visibility switch
    {
        ServiceVisibility.Inactive => false,
        ServiceVisibility.Internal => callerIsStaff,
        _ => true,
    };

    private static bool InSeason(ServiceRules service, LocalDate date) =>
        service.Visibility != ServiceVisibility.Seasonal
        || (service.SeasonStart is { } first && service.SeasonEnd is { } last && date >= first && date <= last);

    private static void AddCandidates(SlotQuery query, Day day, Span window, Seat seat, Instant earliestStart, List<Slot>?[] buckets)
    {
        var service = query.Service;
        var zone = query.Location.Zone;
        var date = day.Date;
        var duration = Duration.FromMinutes(service.DurationMinutes);
        var before = Duration.FromMinutes(service.BufferBeforeMinutes);
        var after = Duration.FromMinutes(service.BufferAfterMinutes);
        var step = service.StepMinutes;

        var firstMinute = Math.Max(0, day.MinuteOfDay(window.Start));
        for (var minute = (firstMinute + step - 1) / step * step; minute < 24 * 60; minute += step)
        {
            if (day.CandidateInstant(minute) is not { } start || start < window.Start)
            {
                continue;
            }
            var candidate = new Span(start, start + duration);
            if (candidate.End > window.End)
            {
                break;
            }
            if (start < earliestStart || !day.Open(candidate))
            {
                continue;
            }

            var blockedRange = new Span(candidate.Start - before, candidate.End + after);
            if (seat.Busy?.Overlaps(blockedRange) == true)
            {
                continue;
            }
            Guid? room = null;
            if (service.RequiresRoom)
            {
                var free = BlockedIndex.FirstFreeRoom(seat.Rooms, blockedRange);
                if (free < 0)
                {
                    continue;
                }
                room = query.Rooms[free];
            }
            (buckets[minute / step] ??= []).Add(new Slot(candidate.Start, candidate.End, seat.PractitionerId, room));
        }
    }
}
