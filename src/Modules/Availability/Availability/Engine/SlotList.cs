using System.Collections;

namespace WellPath.Availability.Engine;

/// <summary>
/// The slots of a search in chunks small enough to stay off the large object heap: a 14-day search gives thousands
/// of slots, and one array of them per request would be a large object, freed only by a full collection.
/// </summary>
internal sealed class SlotList : IReadOnlyList<Slot>
{
    /// <summary>1,024 slots of 72 bytes stay under the runtime's 85,000-byte large object threshold.</summary>
    private const int ChunkSize = 1024;

    private readonly Slot[][] chunks;

    public SlotList(ReadOnlySpan<Slot> slots)
    {
        Count = slots.Length;
        chunks = new Slot[(slots.Length + ChunkSize - 1) / ChunkSize][];
        for (var chunk = 0; chunk < chunks.Length; chunk++)
        {
            var part = slots.Slice(chunk * ChunkSize, Math.Min(ChunkSize, slots.Length - (chunk * ChunkSize)));
            // Uninitialized: the copy overwrites every element, and a slot holds no references.
            chunks[chunk] = GC.AllocateUninitializedArray<Slot>(part.Length);
            part.CopyTo(chunks[chunk]);
        }
    }

    public int Count { get; }

    public Slot this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return chunks[index / ChunkSize][index % ChunkSize];
        }
    }

    public IEnumerator<Slot> GetEnumerator()
    {
        foreach (var chunk in chunks)
        {
            foreach (var slot in chunk)
            {
                yield return slot;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
