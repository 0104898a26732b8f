namespace WellPath.Availability.Contracts;

/// <summary>
/// The appointments a schedule change could leave outside working time. The appointments module provides it, so
/// availability can warn before saving a roster or an exception without knowing how appointments are stored.
/// </summary>
public interface IScheduledAppointments
{
    /// <summary>
    /// The practitioner's appointments that still hold their time ahead (requested, confirmed, checked in) and whose
    /// <c>[Start, End)</c> overlaps <c>[from, to)</c>, ordered by start, then id.
    /// </summary>
    Task<IReadOnlyList<ScheduledAppointment>> GetBlockingAsync(Guid practitionerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

/// <summary>An appointment as booked, without its buffers; <see cref="TimeZoneId"/> is its location's IANA zone.</summary>
public sealed record ScheduledAppointment(
    Guid Id, string Reference, Guid LocationId, Guid ServiceId, DateTimeOffset Start, DateTimeOffset End, string Status, string TimeZoneId);
