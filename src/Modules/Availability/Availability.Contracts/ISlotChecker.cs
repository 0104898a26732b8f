namespace WellPath.Availability.Contracts;

/// <summary>
/// The booking path's question to the same engine that offers slots: may this time be booked, with whom and in
/// which room? Asked inside the booking; the database's exclusion constraints settle any race after it.
/// </summary>
public interface ISlotChecker
{
    Task<SlotCheck> CheckAsync(SlotCheckRequest request, CancellationToken cancellationToken);
}

public sealed record SlotCheckRequest(Guid ServiceId, Guid LocationId, DateTimeOffset Start, Guid? PractitionerId, bool CallerIsStaff);

/// <summary>
/// <see cref="Candidates"/> are the free practitioners at that time, in the engine's order, each with the room it
/// would get; empty when the time is not free. Null <see cref="Service"/> means the caller may not book the service
/// at this location (an invisible service: 404).
/// </summary>
public sealed record SlotCheck(BookedService? Service, IReadOnlyList<BookableSlot> Candidates);

public sealed record BookedService(string TimeZoneId, int BufferBeforeMinutes, int BufferAfterMinutes, bool RequiresApproval, int CancellationWindowHours);

public sealed record BookableSlot(Guid PractitionerId, Guid? RoomId, DateTimeOffset Start, DateTimeOffset End);
