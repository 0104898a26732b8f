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
        var slots = new List<Slot>();
        var service = query.Service;
        if (!IsBookable(service, query.CallerIsStaff))
        {
            return slots;
        }

        var zone = query.Location.Zone;
        var lastDate = query.Now.InZone(zone).Date.PlusDays(service.MaxAdvanceDays);
        var earliestStart = query.Now + Duration.FromMinutes(service.MinNoticeMinutes);
        var blocked = new BlockedIndex(query.Blocked);
        var practitioners = query.Practitioners
            .Where(p => onlyPractitioner is null || p.PractitionerId == onlyPractitioner)
            .OrderBy(p => p.PractitionerId.ToString(), StringComparer.Ordinal)
            .ToList();

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
            var closures = WorkingTime.Closures(query.Location, date);
            foreach (var practitioner in practitioners)
            {
                foreach (var window in WorkingTime.For(practitioner, date, zone))
                {
                    AddCandidates(query, date, window, opening, closures, practitioner.PractitionerId, earliestStart, blocked, slots);
                }
            }
        }

        slots.Sort(static (a, b) =>
        {
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.PractitionerId.ToString(), b.PractitionerId.ToString());
        });
        return slots;
    }

    /// <summary>The slot a booking at <paramref name="start"/> gets (practitioner and room), or null when that time is not free.</summary>
    public static Slot? Check(SlotQuery query, Instant start, Guid? practitionerId)
    {
        var date = start.InZone(query.Location.Zone).Date;
        foreach (var slot in FindSlots(query, date, date, practitionerId))
        {
            if (slot.Start == start)
            {
                return slot;
            }
        }
        return null;
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

    private static void AddCandidates(
        SlotQuery query, LocalDate date, Span window, List<Span> opening, List<Span> closures,
        Guid practitionerId, Instant earliestStart, BlockedIndex blocked, List<Slot> slots)
    {
        var service = query.Service;
        var zone = query.Location.Zone;
        var duration = Duration.FromMinutes(service.DurationMinutes);
        var before = Duration.FromMinutes(service.BufferBeforeMinutes);
        var after = Duration.FromMinutes(service.BufferAfterMinutes);
        var step = service.StepMinutes;

        var windowStartLocal = window.Start.InZone(zone).LocalDateTime;
        var firstMinute = windowStartLocal.Date == date ? windowStartLocal.TimeOfDay.Hour * 60 + windowStartLocal.TimeOfDay.Minute : 0;
        for (var minute = (firstMinute + step - 1) / step * step; minute < 24 * 60; minute += step)
        {
            if (WallClock.CandidateInstant(date + new LocalTime(minute / 60, minute % 60), zone) is not { } start || start < window.Start)
            {
                continue;
            }
            var candidate = new Span(start, start + duration);
            if (candidate.End > window.End)
            {
                break;
            }
            if (start < earliestStart || !opening.Exists(o => o.Contains(candidate)) || closures.Exists(c => c.Overlaps(candidate)))
            {
                continue;
            }

            var blockedRange = new Span(candidate.Start - before, candidate.End + after);
            if (blocked.PractitionerBusy(practitionerId, blockedRange))
            {
                continue;
            }
            Guid? room = null;
            if (service.RequiresRoom)
            {
                room = blocked.FirstFreeRoom(query.Rooms, blockedRange);
                if (room is null)
                {
                    continue;
                }
            }
            slots.Add(new Slot(candidate.Start, candidate.End, practitionerId, room));
        }
    }
}
