namespace WellPath.Appointments.Shared;

/// <summary>The contract's appointment; instants carry the location's offset at that instant.</summary>
internal sealed record AppointmentResponse(
    Guid Id, string Reference, string Status, Guid ServiceId, Guid LocationId, Guid PractitionerId, Guid? RoomId,
    string Start, string End, Guid CustomerId, string Source, string PaymentStatus, Guid? RescheduledFromId, Guid? RescheduledToId,
    string? CancelReason = null, bool? LateCancellation = null)
{
    public static string Format(DateTimeOffset instant, string timeZoneId) => LocalTimes.Iso(LocalTimes.InZone(instant, timeZoneId));
}
