namespace WellPath.Appointments.Contracts;

/// <summary>
/// An appointment was cancelled, or a request declined (<see cref="Reason"/> null). Also announced as
/// <see cref="AppointmentStatusChanged"/>: a subscriber listens to one of the two.
/// </summary>
public sealed record AppointmentCancelled(Guid AppointmentId, string From, string? Reason, bool LateCancellation, DateTimeOffset At, int Version);
