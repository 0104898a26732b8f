namespace WellPath.Appointments.Contracts;

/// <summary>An appointment was booked (confirmed, or requested when the service needs approval).</summary>
public sealed record AppointmentBooked(
    Guid AppointmentId, string Reference, string Status, Guid ServiceId, Guid LocationId, Guid PractitionerId, Guid? RoomId,
    Guid CustomerId, DateTimeOffset Start, DateTimeOffset End, int Version);
