using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>
/// The candidate starts of one date that pass the location's part of the rules (the grid, opening hours, closures,
/// notice), worked out once per date for every practitioner, and the first free room of each (shared too: it does not
/// depend on the practitioner). The buffers are sized once per search and reused.
/// </summary>
internal sealed class DayGrid
{
    private const int MinutesPerDay = 24 * 60;
    private const int NoRoomFree = -1;
    private const int NoRoomNeeded = -2;

    private readonly SlotQuery query;
    private readonly BlockedIndex blocked;
    private readonly Guid[] roomIds;
    private readonly Instant earliestStart;
    private readonly Candidate[] candidates;

    public DayGrid(SlotQuery query, BlockedIndex blocked)
    {
        this.query = query;
        this.blocked = blocked;
        roomIds = [.. query.Rooms];
        earliestStart = query.Now + Duration.FromMinutes(query.Service.MinNoticeMinutes);
        candidates = new Candidate[(MinutesPerDay + query.Service.StepMinutes - 1) / query.Service.StepMinutes];
    }

    /// <summary>The most candidates a date can have: one per grid minute.</summary>
    public int Capacity => candidates.Length;

    /// <summary>The date loaded last.</summary>
    public Day Day { get; private set; } = null!;

    /// <summary>The candidates of the date loaded last, in time order.</summary>
    public int Count { get; private set; }

    /// <summary>Loads the candidates of <paramref name="date"/>; false when it has none.</summary>
    public bool Load(LocalDate date)
    {
        Day = new Day(date, query.Location);
        Count = 0;
        if (Day.OpeningHours is not { } opening)
        {
            return false;
        }
        var service = query.Service;
        var duration = Duration.FromMinutes(service.DurationMinutes);
        var before = Duration.FromMinutes(service.BufferBeforeMinutes);
        var after = Duration.FromMinutes(service.BufferAfterMinutes);
        var first = Day.FirstGridMinuteFrom(Instant.Max(opening.Start, earliestStart), service.StepMinutes);
        for (var minute = first; minute < MinutesPerDay; minute += service.StepMinutes)
        {
            if (Day.CandidateInstant(minute) is not { } start || start < opening.Start || start < earliestStart)
            {
                continue;
            }
            if (start >= opening.End)
            {
                break;
            }
            var span = new Span(start, start + duration);
            if (Day.Open(span))
            {
                candidates[Count++] = new Candidate(span, TickSpan.Of(start, span.End), TickSpan.Of(start - before, span.End + after), service.RequiresRoom ? NoRoomFree : NoRoomNeeded);
            }
        }
        if (service.RequiresRoom)
        {
            AssignRooms();
        }
        return Count > 0;
    }

    public Span this[int index] => candidates[index].Span;

    /// <summary>
    /// Rules 3-5 for one practitioner's working window: offers each candidate that lies inside the window, whose
    /// blocked range (buffers included) is free of that practitioner's bookings, and that has a room when one is needed.
    /// </summary>
    public void OfferWithin(Span window, int rank, SlotCollector collector)
    {
        var (from, to) = TickSpan.Of(window.Start, window.End);
        var first = FirstStartingAtOrAfter(from);
        if (first == Count)
        {
            return;
        }
        var busy = blocked.Practitioner(rank, candidates[first].Blocked.End);
        for (var i = first; i < Count && candidates[i].Ticks.End <= to; i++)
        {
            if (!busy.Overlaps(candidates[i].Blocked) && candidates[i].Room != NoRoomFree)
            {
                collector.Offer(i, rank);
            }
        }
    }

    /// <summary>The room a booking at the candidate gets: the first free one in the stable order.</summary>
    public Guid? RoomId(int index) => candidates[index].Room is var room and >= 0 ? roomIds[room] : null;

    /// <summary>Rule 5: each candidate gets the first room, in the stable order, that is free over its blocked range.</summary>
    private void AssignRooms()
    {
        var unassigned = Count;
        for (var room = 0; room < roomIds.Length && unassigned > 0; room++)
        {
            var taken = blocked.Room(room, candidates[0].Blocked.End);
            for (var i = 0; i < Count; i++)
            {
                if (candidates[i].Room == NoRoomFree && !taken.Overlaps(candidates[i].Blocked))
                {
                    candidates[i].Room = room;
                    unassigned--;
                }
            }
        }
    }

    private int FirstStartingAtOrAfter(long ticks)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (candidates[middle].Ticks.Start < ticks)
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

    /// <summary>A candidate start: its span, the same as ticks, its blocked range (rule 4) and its room (an index into the rooms).</summary>
    private struct Candidate(Span span, TickSpan ticks, TickSpan blocked, int room)
    {
        public readonly Span Span = span;
        public readonly TickSpan Ticks = ticks;
        public readonly TickSpan Blocked = blocked;
        public int Room = room;
    }
}
