namespace WellPath.Availability.Contracts;

/// <summary>
/// The free times of one local day, from the same engine that offers slots and checks bookings, for other modules'
/// screens (reception books on someone's behalf from it).
/// </summary>
public interface ISlotFinder
{
    /// <summary>Null when the caller may not book the service at the location (an invisible service: 404).</summary>
    Task<FreeSlots?> FindAsync(SlotFindRequest request, CancellationToken cancellationToken);
}

public sealed record SlotFindRequest(Guid ServiceId, Guid LocationId, DateOnly Date, Guid? PractitionerId, bool CallerIsStaff);

/// <summary>The slots by start, then practitioner id; <see cref="TimeZoneId"/> is the location's IANA zone.</summary>
public sealed record FreeSlots(string TimeZoneId, IReadOnlyList<FreeSlot> Slots);

public sealed record FreeSlot(DateTimeOffset Start, DateTimeOffset End, Guid PractitionerId);
