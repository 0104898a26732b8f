namespace WellPath.Availability.Contracts;

/// <summary>
/// Time that is already taken. The appointments module provides it (its blocking appointments with their own
/// buffers); availability asks every registered source, so it never depends on who books.
/// </summary>
public interface IBlockedTimeSource
{
    Task<IReadOnlyList<BlockedTime>> GetBlockedAsync(
        IReadOnlyCollection<Guid> practitionerIds, IReadOnlyCollection<Guid> roomIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

/// <summary>
/// [Start, End) with the appointment's own buffers included; RoomId is null when it holds no room. AppointmentId lets a
/// reschedule look past the appointment it moves; Reference names it in a conflict warning.
/// </summary>
public sealed record BlockedTime(DateTimeOffset Start, DateTimeOffset End, Guid PractitionerId, Guid? RoomId, Guid? AppointmentId = null, string? Reference = null);
