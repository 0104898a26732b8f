namespace WellPath.Availability.Contracts;

/// <summary>
/// The free times for one service at one location over a range of local dates: the same slots, in the same order,
/// as <c>GET /api/v1/slots</c>. For pages of other modules that offer times (e.g. "just taken, here are the nearest").
/// </summary>
public interface ISlotFinder
{
    /// <summary>Null when the caller may not book the service at this location (an invisible service: 404).</summary>
    Task<IReadOnlyList<OfferedSlot>?> FindAsync(SlotRangeRequest request, CancellationToken cancellationToken);
}

/// <summary>Local dates <paramref name="From"/> to <paramref name="To"/> inclusive, at most <see cref="MaxDays"/> apart.</summary>
public sealed record SlotRangeRequest(Guid ServiceId, Guid LocationId, DateOnly From, DateOnly To, Guid? PractitionerId, bool CallerIsStaff)
{
    public const int MaxDays = 62;
}

/// <summary>Start and end carry the location's offset at that instant.</summary>
public sealed record OfferedSlot(DateTimeOffset Start, DateTimeOffset End, Guid PractitionerId);
