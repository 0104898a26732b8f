namespace WellPath.Availability.Engine;

/// <summary>
/// Existing blocked ranges of the search's practitioners and rooms (rules 4 and 5). Each owner's ranges sit in one
/// part of a flat array, sorted by start, with the running maximum of their ends, so the candidates of a date, asked
/// in time order, are tested by walking forward (<see cref="OverlapCursor"/>) rather than by a search each.
/// </summary>
internal sealed class BlockedIndex
{
    private readonly int[] ownerOfRank;
    private readonly int[] ownerOfRoom;
    private readonly int[] firstOfOwner;
    private readonly long[] starts;
    private readonly long[] maxEndSoFar;

    /// <summary>Rooms are given in the stable order (name, then id).</summary>
    public BlockedIndex(IReadOnlyList<BlockedRange> ranges, IReadOnlyList<Roster> practitioners, IReadOnlyList<Guid> rooms)
    {
        var practitionerOwners = new OwnerNumbers(0);
        ownerOfRank = [.. practitioners.Select(p => practitionerOwners.Add(p.Id))];
        var roomOwners = new OwnerNumbers(practitionerOwners.Count);
        ownerOfRoom = [.. rooms.Select(roomOwners.Add)];

        // A counting sort by owner (count, then offsets, then place), then each owner's part sorted by start.
        var owners = new (int Practitioner, int Room)[ranges.Count];
        firstOfOwner = new int[practitionerOwners.Count + roomOwners.Count + 1];
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            owners[i] = (practitionerOwners.Of(range.PractitionerId), range.RoomId is { } room ? roomOwners.Of(room) : -1);
            Count(owners[i].Practitioner);
            Count(owners[i].Room);
        }
        for (var owner = 1; owner < firstOfOwner.Length; owner++)
        {
            firstOfOwner[owner] += firstOfOwner[owner - 1];
        }

        starts = new long[firstOfOwner[^1]];
        maxEndSoFar = new long[starts.Length];
        var next = firstOfOwner[..^1];
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            Place(owners[i].Practitioner, range.Start.ToUnixTimeTicks(), range.End.ToUnixTimeTicks());
            Place(owners[i].Room, range.Start.ToUnixTimeTicks(), range.End.ToUnixTimeTicks());
        }
        for (var owner = 0; owner < firstOfOwner.Length - 1; owner++)
        {
            SortPart(firstOfOwner[owner], firstOfOwner[owner + 1]);
        }

        void Count(int owner)
        {
            if (owner >= 0)
            {
                firstOfOwner[owner + 1]++;
            }
        }

        void Place(int owner, long start, long end)
        {
            if (owner >= 0)
            {
                starts[next[owner]] = start;
                maxEndSoFar[next[owner]++] = end;
            }
        }
    }

    /// <summary>
    /// Tests ranges, asked in ascending order of their ends from <paramref name="firstEnd"/> on, against the blocked
    /// ranges of the practitioner of this rank.
    /// </summary>
    public OverlapCursor Practitioner(int rank, long firstEnd) => Cursor(ownerOfRank[rank], firstEnd);

    /// <summary>The same for the room at this index of the stable order (name, then id).</summary>
    public OverlapCursor Room(int room, long firstEnd) => Cursor(ownerOfRoom[room], firstEnd);

    private OverlapCursor Cursor(int owner, long firstEnd)
    {
        var (first, end) = (firstOfOwner[owner], firstOfOwner[owner + 1]);
        return new OverlapCursor(starts, maxEndSoFar, first, end, FirstStartingAtOrAfter(first, end, firstEnd));
    }

    /// <summary>Sorts one owner's ranges by start (the ends, placed in <see cref="maxEndSoFar"/>, move along), then keeps the running maximum of the ends.</summary>
    private void SortPart(int first, int end)
    {
        starts.AsSpan(first, end - first).Sort(maxEndSoFar.AsSpan(first, end - first));
        for (var i = first + 1; i < end; i++)
        {
            maxEndSoFar[i] = Math.Max(maxEndSoFar[i - 1], maxEndSoFar[i]);
        }
    }

    private int FirstStartingAtOrAfter(int low, int high, long ticks)
    {
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (starts[middle] < ticks)
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

    /// <summary>
    /// One owner's blocked ranges walked alongside ranges asked in ascending order of their ends: a range overlaps one
    /// of them when the latest end among those starting before it ends lies after its start.
    /// </summary>
    internal struct OverlapCursor(long[] starts, long[] maxEndSoFar, int first, int end, int startingAfter)
    {
        /// <summary>The first of the owner's ranges that does not start before the range asked last ends.</summary>
        private int startingAfter = startingAfter;

        public bool Overlaps(TickSpan range)
        {
            while (startingAfter < end && starts[startingAfter] < range.End)
            {
                startingAfter++;
            }
            return startingAfter > first && maxEndSoFar[startingAfter - 1] > range.Start;
        }
    }

    /// <summary>One owner number per distinct id, from <paramref name="first"/> on; -1 for an id the search does not look at.</summary>
    private sealed class OwnerNumbers(int first)
    {
        private readonly Dictionary<Guid, int> numbers = [];

        public int Count => numbers.Count;

        public int Add(Guid id)
        {
            if (!numbers.TryGetValue(id, out var number))
            {
                numbers[id] = number = first + numbers.Count;
            }
            return number;
        }

        public int Of(Guid id) => numbers.GetValueOrDefault(id, -1);
    }
}
