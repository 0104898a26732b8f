namespace WellPath.Appointments.Contracts;

/// <summary>
/// An appointment moved: <see cref="AppointmentId"/> is now <c>rescheduled</c> (final, blocking nothing) and
/// <see cref="NewAppointmentId"/> holds the time from <see cref="Start"/> to <see cref="End"/> for the same customer,
/// service and location. <see cref="OverrideReason"/> is set when a manager moved it outside the usual rules.
/// </summary>
public sealed record AppointmentRescheduled(
    Guid AppointmentId, Guid NewAppointmentId, string NewReference, string Status, Guid ServiceId, Guid LocationId, Guid PractitionerId, Guid? RoomId,
    Guid CustomerId, DateTimeOffset PreviousStart, DateTimeOffset PreviousEnd, DateTimeOffset Start, DateTimeOffset End, string? OverrideReason, int Version);
