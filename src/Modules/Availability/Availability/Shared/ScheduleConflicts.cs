using NodaTime;
using WellPath.Availability.Contracts;

namespace WellPath.Availability.Shared;

/// <summary>An appointment that was inside the practitioner's working time before a change and would be outside it after.</summary>
internal sealed record AppointmentConflict(Guid Id, string Reference, string Status, Guid LocationId, Guid ServiceId, Instant Start, Instant End, DateTimeZone Zone)
{
    public AffectedAppointmentResponse ToResponse() =>
        new(Id, Reference, Status, LocationId, ServiceId, WallClockText.Format(Start, Zone), WallClockText.Format(End, Zone));
}

/// <summary>The API's extra field on a schedule change: what the change left outside working time.</summary>
internal sealed record AffectedAppointmentResponse(Guid Id, string Reference, string Status, Guid LocationId, Guid ServiceId, string Start, string End);

/// <summary>
/// Finds the appointments a schedule change would leave outside working time, with the engine's own working-time
/// computation. Only appointments the change moves out count: one booked outside the roster with an override was
/// already outside and is not this change's doing.
/// </summary>
internal sealed class ScheduleConflicts(IEnumerable<IScheduledAppointments> sources, ScheduleStore store)
{
    /// <summary>Appointments are bookable at most 730 days ahead; overrides may go further, so look a little beyond.</summary>
    public static readonly Duration Horizon = Duration.FromDays(3 * 366);

    public async Task<IReadOnlyList<AppointmentConflict>> FindAsync(
        Guid practitionerId, Instant from, Instant to, Func<ScheduleStore.Schedules, ScheduleStore.Schedules> change, CancellationToken cancellationToken)
    {
        var booked = new List<ScheduledAppointment>();
        foreach (var source in sources)
        {
            booked.AddRange(await source.GetBlockingAsync(practitionerId, from.ToDateTimeOffset(), to.ToDateTimeOffset(), cancellationToken));
        }
        if (booked.Count == 0)
        {
            return [];
        }

        // Local dates differ from UTC dates by less than a day either way.
        var firstDate = LocalDate.FromDateTime(booked.Min(a => a.Start).UtcDateTime).PlusDays(-1);
        var lastDate = LocalDate.FromDateTime(booked.Max(a => a.End).UtcDateTime).PlusDays(1);
        var before = await store.LoadAsync([practitionerId], firstDate, lastDate, cancellationToken);
        var after = change(before);

        var windows = new Dictionary<(Guid LocationId, string Zone), (WorkingWindows Before, WorkingWindows After)>();
        var conflicts = new List<AppointmentConflict>();
        foreach (var appointment in booked.OrderBy(a => a.Start).ThenBy(a => a.Id))
        {
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(appointment.TimeZoneId) is not { } zone)
            {
                continue;
            }
            var key = (appointment.LocationId, appointment.TimeZoneId);
            if (!windows.TryGetValue(key, out var pair))
            {
                windows[key] = pair = (
                    new WorkingWindows(before.CalendarAt(practitionerId, appointment.LocationId), zone),
                    new WorkingWindows(after.CalendarAt(practitionerId, appointment.LocationId), zone));
            }
            var start = Instant.FromDateTimeOffset(appointment.Start);
            var end = Instant.FromDateTimeOffset(appointment.End);
            if (pair.Before.Contains(start, end) && !pair.After.Contains(start, end))
            {
                conflicts.Add(new AppointmentConflict(appointment.Id, appointment.Reference, appointment.Status, appointment.LocationId, appointment.ServiceId, start, end, zone));
            }
        }
        return conflicts;
    }

    /// <summary>
    /// What adding or removing <paramref name="exception"/> leaves outside working time. Its local times mean different
    /// instants in each location's zone (less than a day apart), and what has already ended cannot be affected.
    /// </summary>
    public async Task<IReadOnlyList<AppointmentConflict>> FindDuringAsync(
        ScheduleStore.ExceptionRow exception, Instant now, Func<ScheduleStore.Schedules, ScheduleStore.Schedules> change, CancellationToken cancellationToken)
    {
        var from = Instant.Max(now, LocalDateTime.FromDateTime(exception.StartLocal).InUtc().ToInstant() - Duration.FromDays(1));
        var to = LocalDateTime.FromDateTime(exception.EndLocal).InUtc().ToInstant() + Duration.FromDays(1);
        return from < to ? await FindAsync(exception.PractitionerId, from, to, change, cancellationToken) : [];
    }
}
