namespace WellPath.Appointments.Contracts;

/// <summary>A requested appointment was approved. Also announced as <see cref="AppointmentStatusChanged"/>: a subscriber listens to one of the two.</summary>
public sealed record AppointmentConfirmed(Guid AppointmentId, DateTimeOffset At, int Version);
