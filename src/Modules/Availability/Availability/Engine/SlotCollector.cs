using System.Buffers;

namespace WellPath.Availability.Engine;

/// <summary>
/// Collects a date's offers as marks (candidate, practitioner rank) and writes them out in rule 8's order: by start,
/// then by practitioner id, which is the rank order. The slots of all dates gather in a pooled buffer, copied once
/// into the result.
/// </summary>
internal sealed class SlotCollector : IDisposable
{
    /// <summary>A first guess of the slots of one practitioner-day, so a search rarely grows its buffer.</summary>
    private const int TypicalPerPractitionerDay = 16;

    private readonly Guid[] practitionerIds;
    private readonly bool[] offered;
    private Slot[] slots;
    private int count;

    public SlotCollector(int candidatesPerDay, IReadOnlyList<Roster> practitioners, int days)
    {
        practitionerIds = [.. practitioners.Select(p => p.Id)];
        offered = new bool[candidatesPerDay * practitionerIds.Length];
        slots = ArrayPool<Slot>.Shared.Rent(Math.Max(64, days * practitionerIds.Length * TypicalPerPractitionerDay));
    }

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
                    marks[rank] = false;
                    if (count == slots.Length)
                    {
                        Grow();
                    }
                    slots[count++] = new Slot(span.Start, span.End, ids[rank], room);
                }
            }
        }
    }

    public SlotList ToSlotList() => new(slots.AsSpan(0, count));

    public void Dispose()
    {
        ArrayPool<Slot>.Shared.Return(slots);
        slots = [];
    }

    private void Grow()
    {
        var larger = ArrayPool<Slot>.Shared.Rent(count * 2);
        slots.AsSpan(0, count).CopyTo(larger);
        ArrayPool<Slot>.Shared.Return(slots);
        slots = larger;
    }
}
