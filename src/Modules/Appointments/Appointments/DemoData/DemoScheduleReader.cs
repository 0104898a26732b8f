using Dapper;
using Npgsql;

namespace WellPath.Appointments.DemoData;

/// <summary>
/// Reads the demo catalog and rosters straight from their tables. The catalog's and availability's contracts open
/// connections of their own, which cannot see the rows the earlier seeders wrote in the still-open start-up transaction;
/// this is the one place the appointments module reads other modules' tables, and only to load demo data.
/// </summary>
internal static class DemoScheduleReader
{
    private const string Sql = """
        select id, time_zone from catalog.locations where active order by id;
        select location_id, weekday, opens, closes from catalog.opening_hours order by location_id, weekday, opens;
        select location_id, date, start_time, end_time from catalog.closures where date between @From and @To;
        select r.id, r.practitioner_id, r.location_id, r.weekday, r.start_time, r.end_time, r.effective_from, r.effective_until
        from availability.weekly_rules r order by r.practitioner_id, r.weekday, r.start_time;
        select rule_id, start_time, end_time from availability.rule_breaks order by rule_id, start_time;
        select s.id as service_id, s.name, sl.location_id, sp.practitioner_id, s.duration_minutes, s.step_minutes, s.buffer_before_minutes,
               s.buffer_after_minutes, s.room_type_id, s.requires_approval, s.min_notice_minutes, s.cancellation_window_hours, s.visibility,
               s.season_start, s.season_end
        from catalog.services s
        join catalog.service_locations sl on sl.service_id = s.id
        join catalog.service_practitioners sp on sp.service_id = s.id
        join catalog.practitioner_locations pl on pl.practitioner_id = sp.practitioner_id and pl.location_id = sl.location_id
        join catalog.practitioners p on p.id = sp.practitioner_id and p.active
        order by sl.location_id, sp.practitioner_id, s.name, s.id;
        select id, location_id, room_type_id from catalog.rooms where active order by location_id, name, id;
        select practitioner_id, start_local, end_local from availability.exceptions
        where kind = 'unavailable' and end_local > @From::timestamp and start_local < (@To + 1)::timestamp;
        """;

    public static async Task<DemoSchedule> ReadAsync(NpgsqlTransaction transaction, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var reader = await transaction.Connection!.QueryMultipleAsync(new CommandDefinition(Sql, new { From = from, To = to }, transaction, cancellationToken: cancellationToken));
        var locations = (await reader.ReadAsync<LocationRow>()).ToList();
        var hours = (await reader.ReadAsync<HoursRow>()).ToLookup(h => h.LocationId, h => new DemoHours((DayOfWeek)h.Weekday, h.Opens, h.Closes));
        var closures = (await reader.ReadAsync<ClosureRow>()).ToLookup(c => c.LocationId, c => new DemoClosure(c.Date, c.StartTime, c.EndTime));
        var rules = (await reader.ReadAsync<RuleRow>()).ToList();
        var breaks = (await reader.ReadAsync<BreakRow>()).ToLookup(b => b.RuleId, b => (b.StartTime, b.EndTime));
        var offers = (await reader.ReadAsync<OfferRow>()).Select(o => o.ToOffer()).ToList();
        var rooms = (await reader.ReadAsync<RoomRow>()).Select(r => new DemoRoom(r.Id, r.LocationId, r.RoomTypeId)).ToList();
        var absences = (await reader.ReadAsync<AbsenceRow>()).Select(a => new DemoAbsence(a.PractitionerId, a.StartLocal, a.EndLocal)).ToList();

        var clinics = locations.Select(l => new DemoClinic(l.Id, l.TimeZone, [.. hours[l.Id]], [.. closures[l.Id]])).ToList();
        // Weekly rules count Monday as 1 and Sunday as 7.
        var demoRules = rules.Select(r => new DemoRule(
            r.PractitionerId, r.LocationId, (DayOfWeek)(r.Weekday % 7), r.StartTime, r.EndTime, r.EffectiveFrom, r.EffectiveUntil, [.. breaks[r.Id]])).ToList();
        return new DemoSchedule(clinics, demoRules, offers, rooms, absences);
    }

    private sealed class LocationRow
    {
        public Guid Id { get; init; }
        public string TimeZone { get; init; } = "";
    }

    private sealed class HoursRow
    {
        public Guid LocationId { get; init; }
        public short Weekday { get; init; }
        public TimeOnly Opens { get; init; }
        public TimeOnly Closes { get; init; }
    }

    private sealed class ClosureRow
    {
        public Guid LocationId { get; init; }
        public DateOnly Date { get; init; }
        public TimeOnly? StartTime { get; init; }
        public TimeOnly? EndTime { get; init; }
    }

    private sealed class RuleRow
    {
        public Guid Id { get; init; }
        public Guid PractitionerId { get; init; }
        public Guid LocationId { get; init; }
        public short Weekday { get; init; }
        public TimeOnly StartTime { get; init; }
        public TimeOnly EndTime { get; init; }
        public DateOnly? EffectiveFrom { get; init; }
        public DateOnly? EffectiveUntil { get; init; }
    }

    private sealed class BreakRow
    {
        public Guid RuleId { get; init; }
        public TimeOnly StartTime { get; init; }
        public TimeOnly EndTime { get; init; }
    }

    private sealed class RoomRow
    {
        public Guid Id { get; init; }
        public Guid LocationId { get; init; }
        public Guid RoomTypeId { get; init; }
    }

    private sealed class AbsenceRow
    {
        public Guid PractitionerId { get; init; }
        public DateTime StartLocal { get; init; }
        public DateTime EndLocal { get; init; }
    }

    private sealed class OfferRow
    {
        public Guid ServiceId { get; init; }
        public string Name { get; init; } = "";
        public Guid LocationId { get; init; }
        public Guid PractitionerId { get; init; }
        public int DurationMinutes { get; init; }
        public int StepMinutes { get; init; }
        public int BufferBeforeMinutes { get; init; }
        public int BufferAfterMinutes { get; init; }
        public Guid? RoomTypeId { get; init; }
        public bool RequiresApproval { get; init; }
        public int MinNoticeMinutes { get; init; }
        public int CancellationWindowHours { get; init; }
        public string Visibility { get; init; } = "";
        public DateOnly? SeasonStart { get; init; }
        public DateOnly? SeasonEnd { get; init; }

        public DemoOffer ToOffer() => new(
            ServiceId, Name, LocationId, PractitionerId, DurationMinutes, StepMinutes, BufferBeforeMinutes, BufferAfterMinutes, RoomTypeId,
            RequiresApproval, MinNoticeMinutes, CancellationWindowHours, Visibility, SeasonStart, SeasonEnd);
    }
}
