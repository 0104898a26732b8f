namespace WellPath.Appointments.Contracts;

/// <summary>
/// An appointment moved from one status to another (confirmed, declined, checked in, completed, no-show, cancelled); a
/// reschedule is <see cref="AppointmentRescheduled"/>.
/// </summary>
public sealed record AppointmentStatusChanged(Guid AppointmentId, string From, string To, string? CancelReason, bool LateCancellation, DateTimeOffset At, int Version);
