using NodaTime;
using WellPath.Availability.Contracts;
using WellPath.Availability.Shared;
using WellPath.Catalog.Contracts;

namespace WellPath.Availability.Slots;

/// <summary>
/// Rules 4 and 5 on the loaded blocked time of one candidate range (buffers included): the part of booking that no
/// override skips, and the words for what is in the way.
/// </summary>
internal sealed class Occupancy(IReadOnlyList<BlockedTime> blocked, DateTimeZone zone, DateTimeOffset start, DateTimeOffset end)
{
    public IEnumerable<BlockedTime> OfPractitioner(Guid practitionerId) =>
        blocked.Where(b => b.PractitionerId == practitionerId && Overlaps(b));

    public IEnumerable<BlockedTime> OfRoom(Guid roomId) => blocked.Where(b => b.RoomId == roomId && Overlaps(b));

    /// <summary>The first room, in the order given (name, then id), that nothing holds over the range; null when none is free.</summary>
    public RoomInfo? FirstFreeRoom(IReadOnlyList<RoomInfo> rooms) => rooms.FirstOrDefault(r => !OfRoom(r.Id).Any());

    public IEnumerable<SlotObstacle> PractitionerObstacles(PractitionerInfo practitioner) =>
        OfPractitioner(practitioner.Id).Select(b => new SlotObstacle(
            SlotObstacleKinds.PractitionerBusy, $"{practitioner.Name} already has {Describe(b)}."));

    /// <summary>Nothing when the service needs no room or one is free; else why no room can be had.</summary>
    public IEnumerable<SlotObstacle> RoomObstacles(bool requiresRoom, IReadOnlyList<RoomInfo> rooms)
    {
        if (!requiresRoom || FirstFreeRoom(rooms) is not null)
        {
            return [];
        }
        if (rooms.Count == 0)
        {
            return [new SlotObstacle(SlotObstacleKinds.NoRoom, "The location has no active room of the type this service needs.")];
        }
        var taken = rooms.Select(r => $"{r.Name} has {string.Join(", ", OfRoom(r.Id).Select(Describe))}");
        return [new SlotObstacle(SlotObstacleKinds.RoomBusy, $"No free room of the type this service needs: {string.Join("; ", taken)}.")];
    }

    public string Time(DateTimeOffset instant) => WallClockText.Format(Instant.FromDateTimeOffset(instant).InZone(zone).TimeOfDay);

    private bool Overlaps(BlockedTime time) => time.Start < end && start < time.End;

    private string Describe(BlockedTime time) => $"{time.Reference ?? "an appointment"} {Time(time.Start)}-{Time(time.End)}";
}
