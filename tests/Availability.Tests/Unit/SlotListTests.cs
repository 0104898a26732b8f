using System.Runtime.CompilerServices;
using NodaTime;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Tests.Unit;

public sealed class SlotListTests
{
    [Fact]
    public void A_chunk_of_slots_stays_under_the_large_object_threshold()
    {
        Assert.True(Unsafe.SizeOf<Slot>() * 1024 < 85_000);
    }

    [Fact]
    public void Slots_across_chunk_boundaries_keep_their_order_and_index()
    {
        var slots = Enumerable.Range(0, 2500).Select(Slot).ToArray();

        var list = new SlotList(slots);

        Assert.Equal(2500, list.Count);
        Assert.Equal(slots, list);
        Assert.Equal(slots[1023], list[1023]);
        Assert.Equal(slots[1024], list[1024]);
        Assert.Equal(slots[2499], list[^1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2500]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void An_empty_list_has_no_slots()
    {
        var list = new SlotList([]);

        Assert.Empty(list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[0]);
    }

    private static Slot Slot(int minute)
    {
        var start = Instant.FromUtc(2027, 3, 1, 0, 0) + Duration.FromMinutes(minute);
        return new Slot(start, start + Duration.FromMinutes(30), Scenario.Id(minute % 7), null);
    }
}
