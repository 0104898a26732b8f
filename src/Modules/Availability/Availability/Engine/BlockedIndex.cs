namespace WellPath.Availability.Engine;

/// <summary>Existing blocked ranges grouped by practitioner and by room, for rule 4 and rule 5.</summary>
internal sealed class BlockedIndex
{
    private static readonly List<Span> None = [];
    private readonly Dictionary<Guid, List<Span>> byPractitioner = [];
    private readonly Dictionary<Guid, List<Span>> byRoom = [];

    public BlockedIndex(IReadOnlyList<BlockedRange> ranges)
    {
        foreach (var range in ranges)
        {
            var span = new Span(range.Start, range.End);
            Add(byPractitioner, range.PractitionerId, span);
            if (range.RoomId is { } room)
            {
                Add(byRoom, room, span);
            }
        }
    }

    public bool PractitionerBusy(Guid practitionerId, Span range) => Overlaps(byPractitioner.GetValueOrDefault(practitionerId, None), range);

    /// <summary>Rooms are given in the stable order (name, then id); the first free one is assigned.</summary>
    public Guid? FirstFreeRoom(IReadOnlyList<Guid> rooms, Span range)
    {
        foreach (var room in rooms)
        {
            if (!Overlaps(byRoom.GetValueOrDefault(room, None), range))
            {
                return room;
            }
        }
        return null;
    }

    private static bool Overlaps(List<Span> spans, Span range)
    {
        foreach (var span in spans)
        {
            if (span.Overlaps(range))
            {
                return true;
            }
        }
        return false;
    }

    private static void Add(Dictionary<Guid, List<Span>> index, Guid key, Span span)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(span);
    }
}
