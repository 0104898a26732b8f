using WellPath.SharedKernel.Data;

namespace WellPath.Availability.Contracts;

/// <summary>
/// The booking path's question to the same engine that offers slots: may this time be booked, with whom and in
/// which room? Asked inside the booking; the database's exclusion constraints settle any race after it.
/// </summary>
public interface ISlotChecker
{
    Task<SlotCheck> CheckAsync(SlotCheckRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// As above, with the check's rosters and blocked time read in <paramref name="alongside"/>, together with the parts
    /// the caller added to it (a booking's customer), in one round trip. The batch runs only once the service and the
    /// location are known to be bookable by this caller; when the check answers without them, it has not run.
    /// </summary>
    Task<SlotCheck> CheckAsync(SlotCheckRequest request, QueryBatch alongside, CancellationToken cancellationToken);

    /// <summary>
    /// Why the time of <paramref name="request"/> cannot be booked (which rule, practitioner, room or appointment is in the
    /// way), for staff to see before they choose again. Asked only after a check or a booking failed: it loads afresh.
    /// </summary>
    Task<IReadOnlyList<SlotObstacle>> ExplainAsync(SlotCheckRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// <see cref="Override"/> (scheduling rule 10, a manager's decision) skips rules 2, 3, 6 and 7 but never 4 and 5;
/// <see cref="IgnoreAppointmentId"/> is the appointment a reschedule moves, whose own time does not block its new one.
/// </summary>
public sealed record SlotCheckRequest(Guid ServiceId, Guid LocationId, DateTimeOffset Start, Guid? PractitionerId, bool CallerIsStaff)
{
    public bool Override { get; init; }

    public Guid? IgnoreAppointmentId { get; init; }
}

/// <summary>
/// <see cref="Candidates"/> are the free practitioners at that time, in the engine's order, each with the room it
/// would get; empty when the time is not free. Null <see cref="Service"/> means the caller may not book the service
/// at this location (an invisible service: 404).
/// </summary>
public sealed record SlotCheck(BookedService? Service, IReadOnlyList<BookableSlot> Candidates);

public sealed record BookedService(string TimeZoneId, int BufferBeforeMinutes, int BufferAfterMinutes, bool RequiresApproval, int CancellationWindowHours);

public sealed record BookableSlot(Guid PractitionerId, Guid? RoomId, DateTimeOffset Start, DateTimeOffset End);

/// <summary>One reason a time cannot be booked; <see cref="Kind"/> is one of the constants of <see cref="SlotObstacleKinds"/>.</summary>
public sealed record SlotObstacle(string Kind, string Message);

public static class SlotObstacleKinds
{
    public const string Unavailable = "unavailable";
    public const string Season = "season";
    public const string Notice = "notice";
    public const string Horizon = "horizon";
    public const string Grid = "grid";
    public const string Closed = "closed";
    public const string Closure = "closure";
    public const string NotEligible = "not_eligible";
    public const string WorkingTime = "working_time";
    public const string PractitionerBusy = "practitioner_busy";
    public const string NoRoom = "no_room";
    public const string RoomBusy = "room_busy";
    public const string Taken = "taken";
}
