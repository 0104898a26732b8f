using System.Buffers;

namespace WellPath.Availability.Engine;

/// <summary>
/// Collects a date's offers as marks (candidate, practitioner rank) and writes them out in rule 8's order: by start,
/// then by practitioner id, which is the rank order. The slots of all dates gather in a pooled buffer, copied once
/// into the result.
/// </summary>
internal sealed class SlotCollector(int candidatesPerDay, IReadOnlyList<Roster> practitioners) : IDisposable
{
    private readonly Guid[] practitionerIds = [.. practitioners.Select(p => p.Id)];
    private readonly bool[] offered = new bool[candidatesPerDay * practitioners.Count];
    private Slot[] slots = ArrayPool<Slot>.Shared.Rent(256);
    private int count;

    public void Offer(int candidate, int rank) => offered[(candidate * practitionerIds.Length) + rank] = true;

    /// <summary>Writes out the marks of the date loaded in <paramref name="grid"/> and clears them.</summary>
    public void Flush(DayGrid grid)
    {
        var ids = practitionerIds;
        for (var candidate = 0; candidate < grid.Count; candidate++)
        {
            var marks = offered.AsSpan(candidate * ids.Length, ids.Length);
            if (!marks.Contains(true))
            {
                continue;
            }
            var (span, room) = (grid[candidate], grid.RoomId(candidate));
            for (var rank = 0; rank < ids.Length; rank++)
            {
                if (marks[rank])
                {
                    Add(new Slot(span.Start, span.End, ids[rank], room));
                }
            }
            marks.Clear();
        }
    }

    public SlotList ToSlotList() => new(slots.AsSpan(0, count));

    public void Dispose()
    {
        ArrayPool<Slot>.Shared.Return(slots);
        slots = [];
    }

    private void Add(Slot slot)
    {
        if (count == slots.Length)
        {
            var larger = ArrayPool<Slot>.Shared.Rent(count * 2);
            slots.AsSpan(0, count).CopyTo(larger);
            ArrayPool<Slot>.Shared.Return(slots);
            slots = larger;
        }
        slots[count++] = slot;
    }
}
