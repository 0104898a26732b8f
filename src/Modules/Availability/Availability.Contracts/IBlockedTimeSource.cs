using WellPath.SharedKernel.Data;

namespace WellPath.Availability.Contracts;

/// <summary>
/// Time that is already taken. The appointments module provides it (its blocking appointments with their own
/// buffers); availability asks every registered source, so it never depends on who books. A source adds its read to
/// the batch in which availability loads the rosters, so a search goes to the database once for both; its parameter
/// names start with the source's module name.
/// </summary>
public interface IBlockedTimeSource
{
    BatchResult<IReadOnlyList<BlockedTime>> AddTo(QueryBatch batch, BlockedTimeQuery query);
}

/// <summary>What the practitioners and the rooms hold over [From, To).</summary>
public sealed record BlockedTimeQuery(IReadOnlyCollection<Guid> PractitionerIds, IReadOnlyCollection<Guid> RoomIds, DateTimeOffset From, DateTimeOffset To);

/// <summary>
/// [Start, End) with the appointment's own buffers included; RoomId is null when it holds no room. AppointmentId lets a
/// reschedule look past the appointment it moves; Reference names it in a conflict warning.
/// </summary>
public sealed record BlockedTime(DateTimeOffset Start, DateTimeOffset End, Guid PractitionerId, Guid? RoomId, Guid? AppointmentId = null, string? Reference = null);
