namespace WellPath.Availability.Contracts;

/// <summary>
/// The free times for one service at one location over a range of local dates: the same slots, in the same order,
/// as <c>GET /api/v1/slots</c>, from the engine that checks bookings. For other modules' screens that offer times
/// (the customer's "just taken, here are the nearest", reception booking on someone's behalf).
/// </summary>
public interface ISlotFinder
{
    /// <summary>Null when the caller may not book the service at this location (an invisible service: 404).</summary>
    Task<FreeSlots?> FindAsync(SlotRangeRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// Local dates <paramref name="From"/> to <paramref name="To"/> inclusive, at most <see cref="MaxDays"/> apart.
/// <paramref name="IgnoreAppointmentId"/> leaves that appointment's own time free: the times a reschedule may move it to.
/// </summary>
public sealed record SlotRangeRequest(
    Guid ServiceId, Guid LocationId, DateOnly From, DateOnly To, Guid? PractitionerId, bool CallerIsStaff, Guid? IgnoreAppointmentId = null)
{
    public const int MaxDays = 62;
}

/// <summary>The slots by start, then practitioner id; <see cref="TimeZoneId"/> is the location's IANA zone.</summary>
public sealed record FreeSlots(string TimeZoneId, IReadOnlyList<FreeSlot> Slots);

/// <summary>Start and end carry the location's offset at that instant.</summary>
public sealed record FreeSlot(DateTimeOffset Start, DateTimeOffset End, Guid PractitionerId);
