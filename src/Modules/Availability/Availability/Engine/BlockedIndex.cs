using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>
/// Existing blocked ranges by practitioner and by room (rules 4 and 5), sorted, so an overlap test is a binary
/// search rather than a scan of every appointment.
/// </summary>
internal sealed class BlockedIndex
{
    private readonly Dictionary<Guid, SortedSpans> byPractitioner = [];
    private readonly Dictionary<Guid, SortedSpans> byRoom = [];

    public BlockedIndex(IReadOnlyList<BlockedRange> ranges)
    {
        var practitioners = new Dictionary<Guid, List<Span>>();
        var rooms = new Dictionary<Guid, List<Span>>();
        foreach (var range in ranges)
        {
            var span = new Span(range.Start, range.End);
            Add(practitioners, range.PractitionerId, span);
            if (range.RoomId is { } room)
            {
                Add(rooms, room, span);
            }
        }
        foreach (var (key, spans) in practitioners)
        {
            byPractitioner[key] = new SortedSpans(spans);
        }
        foreach (var (key, spans) in rooms)
        {
            byRoom[key] = new SortedSpans(spans);
        }
    }

    public SortedSpans? Practitioner(Guid practitionerId) => byPractitioner.GetValueOrDefault(practitionerId);

    /// <summary>Each room's spans, in the order of <paramref name="rooms"/>.</summary>
    public SortedSpans?[] Rooms(IReadOnlyList<Guid> rooms)
    {
        var spans = new SortedSpans?[rooms.Count];
        for (var i = 0; i < rooms.Count; i++)
        {
            spans[i] = byRoom.GetValueOrDefault(rooms[i]);
        }
        return spans;
    }

    /// <summary>Rooms are given in the stable order (name, then id); the first free one is assigned.</summary>
    public static int FirstFreeRoom(SortedSpans?[] rooms, Span range)
    {
        for (var i = 0; i < rooms.Length; i++)
        {
            if (rooms[i] is not { } spans || !spans.Overlaps(range))
            {
                return i;
            }
        }
        return -1;
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

/// <summary>Spans sorted by start, with the running maximum of their ends to stop a backward scan early.</summary>
internal sealed class SortedSpans
{
    private readonly Instant[] starts;
    private readonly Instant[] ends;
    private readonly Instant[] maxEndSoFar;

    public SortedSpans(List<Span> spans)
    {
        spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        starts = new Instant[spans.Count];
        ends = new Instant[spans.Count];
        maxEndSoFar = new Instant[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            starts[i] = spans[i].Start;
            ends[i] = spans[i].End;
            maxEndSoFar[i] = i == 0 ? ends[i] : Instant.Max(maxEndSoFar[i - 1], ends[i]);
        }
    }

    public bool Overlaps(Span range)
    {
        // The last span that starts before the range ends, then back while an earlier one could still reach it.
        for (var i = FirstStartingAtOrAfter(range.End) - 1; i >= 0 && maxEndSoFar[i] > range.Start; i--)
        {
            if (ends[i] > range.Start)
            {
                return true;
            }
        }
        return false;
    }

    private int FirstStartingAtOrAfter(Instant instant)
    {
        int low = 0, high = starts.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (starts[middle] < instant)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
