using NodaTime;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Tests.Unit;

/// <summary>Edges of the shared per-date grid, the blocked index and the result list the engine is built on.</summary>
public sealed class GridTests
{
    [Fact]
    public void A_gap_between_two_opening_intervals_offers_nothing_that_does_not_fit_one_of_them()
    {
        var scenario = new Scenario()
            .Open(IsoDayOfWeek.Monday, "09:00", "12:00")
            .Open(IsoDayOfWeek.Monday, "13:00", "17:00")
            .WorksEveryDay(1, "08:00", "18:00");

        var times = scenario.Times("2027-03-01");

        Assert.Equal("09:00", times[0]);
        Assert.Contains("11:30", times);
        Assert.DoesNotContain("11:45", times);
        Assert.DoesNotContain("12:30", times);
        Assert.Contains("13:00", times);
        Assert.Equal("16:30", times[^1]);
    }

    [Theory]
    [InlineData(0, "09:15")]
    [InlineData(-30_000, "09:15")]
    [InlineData(1, "09:30")]
    public void The_first_start_is_the_first_grid_time_not_before_now_plus_notice(int millisecondsAfterQuarterPast, string first)
    {
        var scenario = new Scenario { Now = Instant.FromUtc(2027, 3, 1, 8, 15) + Duration.FromMilliseconds(millisecondsAfterQuarterPast) }
            .WorksEveryDay(1, "08:00", "12:00");
        scenario.Service = scenario.Service with { MinNoticeMinutes = 60 };

        Assert.Equal(first, scenario.Times("2027-03-01")[0]);
    }

    [Fact]
    public void Opening_hours_that_begin_off_the_grid_offer_the_next_grid_time_first()
    {
        var scenario = new Scenario().Open(IsoDayOfWeek.Monday, "08:10", "12:00").WorksEveryDay(1, "08:00", "12:00");

        Assert.Equal("08:15", scenario.Times("2027-03-01")[0]);
    }

    [Fact]
    public void A_step_that_does_not_divide_the_day_offers_its_last_grid_time_before_midnight()
    {
        var scenario = new Scenario { Service = new ServiceRules(10, 25, 0, 0, false, 0, 730, ServiceVisibility.Public) }
            .WorksEveryDay(1, "23:00", "23:59");

        Assert.Equal(["23:20", "23:45"], scenario.Times("2027-03-01"));
    }

    [Fact]
    public void A_long_booking_still_blocks_behind_a_later_short_one()
    {
        var scenario = new Scenario { Service = new ServiceRules(30, 15, 0, 0, false, 0, 730, ServiceVisibility.Public) }
            .WorksEveryDay(1, "08:00", "17:00")
            .Booked(1, "2027-03-01T09:00", 180)
            .Booked(1, "2027-03-01T09:15", 15)
            .Booked(1, "2027-03-01T13:00", 15);

        var times = scenario.Times("2027-03-01");

        Assert.Contains("08:30", times);
        Assert.DoesNotContain("10:30", times);
        Assert.DoesNotContain("11:45", times);
        Assert.Contains("12:00", times);
        Assert.Contains("12:30", times);
        Assert.DoesNotContain("12:45", times);
        Assert.Contains("13:15", times);
    }

    [Fact]
    public void Bookings_of_practitioners_and_rooms_outside_the_search_block_nothing()
    {
        var scenario = new Scenario { Service = new ServiceRules(60, 15, 0, 0, true, 0, 730, ServiceVisibility.Public) }
            .WorksEveryDay(1, "09:00", "12:00")
            .Room(1)
            .Booked(2, "2027-03-01T09:00", 180)
            .Booked(9, "2027-03-01T09:00", 180, room: 7);

        var slots = scenario.Slots("2027-03-01");

        Assert.Equal(["09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00"], scenario.Times("2027-03-01"));
        Assert.All(slots, s => Assert.Equal(Scenario.Id(1001), s.RoomId));
    }

    [Fact]
    public void The_first_free_room_is_the_same_for_every_practitioner_offered_at_a_start()
    {
        var scenario = new Scenario { Service = new ServiceRules(30, 15, 0, 0, true, 0, 730, ServiceVisibility.Public) }
            .WorksEveryDay(1, "09:00", "12:00").WorksEveryDay(2, "09:00", "12:00").WorksEveryDay(3, "10:00", "12:00")
            .Room(1).Room(2).Room(3)
            .Booked(9, "2027-03-01T09:00", 60, room: 1)
            .Booked(9, "2027-03-01T10:00", 60, room: 2);

        var slots = scenario.Slots("2027-03-01");

        Assert.All(slots.Where(s => s.Start < scenario.Local("2027-03-01T09:45")), s => Assert.Equal(Scenario.Id(1002), s.RoomId));
        Assert.All(slots.Where(s => s.Start == scenario.Local("2027-03-01T09:45")), s => Assert.Equal(Scenario.Id(1003), s.RoomId));
        Assert.All(slots.Where(s => s.Start >= scenario.Local("2027-03-01T10:00")), s => Assert.Equal(Scenario.Id(1001), s.RoomId));
        Assert.Equal(3, slots.Count(s => s.Start == scenario.Local("2027-03-01T10:30")));
        Assert.Equal(2, slots.Count(s => s.Start == scenario.Local("2027-03-01T09:45")));
    }

    [Fact]
    public void A_search_with_more_slots_than_one_chunk_lists_them_by_start_then_practitioner()
    {
        var scenario = new Scenario { Service = new ServiceRules(15, 5, 0, 0, false, 0, 730, ServiceVisibility.Public) };
        foreach (var practitioner in new[] { 12, 3, 7, 1 })
        {
            scenario.WorksEveryDay(practitioner, "06:00", "20:00", "12:00-13:00");
        }

        var slots = scenario.Slots("2027-03-01", "2027-03-04");

        Assert.True(slots.Count > 2048);
        Assert.Equal(slots.OrderBy(s => s.Start).ThenBy(s => s.PractitionerId.ToString(), StringComparer.Ordinal), slots);
        Assert.Equal(slots.Count, slots.Distinct().Count());
    }
}
