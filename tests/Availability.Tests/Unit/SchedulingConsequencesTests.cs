using NodaTime;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Tests.Unit;

/// <summary>The "consequences worth a test each" of scheduling-rules.md.</summary>
public sealed class SchedulingConsequencesTests
{
    [Fact]
    public void A_new_york_day_starts_at_13Z_before_the_autumn_change_and_14Z_after_it()
    {
        var scenario = new Scenario("America/New_York", now: "2026-10-01T00:00:00Z").WorksEveryDay(1, "09:00", "17:00");

        var before = scenario.Slots("2026-10-30")[0].Start;
        var after = scenario.Slots("2026-11-02")[0].Start;

        Assert.Equal(Instant.FromUtc(2026, 10, 30, 13, 0), before);
        Assert.Equal(Instant.FromUtc(2026, 11, 2, 14, 0), after);
    }

    [Fact]
    public void An_after_buffer_leaves_11_15_as_the_next_start_for_the_practitioner_and_for_a_colleague_sharing_the_only_room()
    {
        var scenario = new Scenario { Service = new ServiceRules(60, 15, 0, 15, true, 0, 730, ServiceVisibility.Public) }
            .WorksEveryDay(1, "09:00", "17:00")
            .WorksEveryDay(2, "09:00", "17:00")
            .Room(1)
            .Booked(1, "2027-03-01T10:00", 60, room: 1, after: 15);

        Assert.Equal("11:15", scenario.Times("2027-03-01", 1).First(t => string.CompareOrdinal(t, "10:00") > 0));
        Assert.Equal("11:15", scenario.Times("2027-03-01", 2).First(t => string.CompareOrdinal(t, "09:00") > 0));
        Assert.DoesNotContain("11:00", scenario.Times("2027-03-01", 2));
    }

    [Fact]
    public void A_lunch_break_refuses_11_45_for_a_30_minute_service_and_offers_12_30()
    {
        var scenario = new Scenario().WorksEveryDay(1, "09:00", "17:00", "12:00-12:30");

        var times = scenario.Times("2027-03-01");

        Assert.Contains("11:30", times);
        Assert.DoesNotContain("11:45", times);
        Assert.DoesNotContain("12:00", times);
        Assert.DoesNotContain("12:15", times);
        Assert.Contains("12:30", times);
    }

    [Fact]
    public void A_closure_of_the_location_offers_nothing_that_date_whatever_the_schedules_say()
    {
        var scenario = new Scenario().WorksEveryDay(1, "09:00", "17:00").WorksEveryDay(2, "08:00", "20:00").Closed("2027-03-02");

        Assert.Empty(scenario.Slots("2027-03-02"));
        Assert.NotEmpty(scenario.Slots("2027-03-01"));
        Assert.NotEmpty(scenario.Slots("2027-03-03"));
    }

    [Fact]
    public void Two_practitioners_and_one_room_offer_two_slots_for_a_time_and_after_one_booking_neither_remains()
    {
        var scenario = new Scenario { Service = new ServiceRules(45, 15, 0, 0, true, 0, 730, ServiceVisibility.Public) }
            .WorksEveryDay(1, "09:00", "17:00")
            .WorksEveryDay(2, "09:00", "17:00")
            .Room(1);
        var nine = scenario.Local("2027-03-01T09:00");

        Assert.Equal(2, scenario.Slots("2027-03-01").Count(s => s.Start == nine));

        scenario.Booked(1, "2027-03-01T09:00", 45, room: 1);

        Assert.DoesNotContain(scenario.Slots("2027-03-01"), s => s.Start == nine);
    }
}
