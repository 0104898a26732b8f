using NodaTime;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Tests.Unit;

public sealed class ClockChangeTests
{
    [Fact]
    public void Local_times_skipped_by_the_spring_change_are_not_candidates_in_London()
    {
        var scenario = new Scenario(now: "2027-03-01T00:00:00Z").Works(1, IsoDayOfWeek.Sunday, "00:00", "04:00");

        var times = scenario.Times("2027-03-28");

        Assert.Contains("00:30", times);
        Assert.DoesNotContain("01:00", times);
        Assert.DoesNotContain("01:30", times);
        Assert.Contains("02:00", times);
        var slots = scenario.Slots("2027-03-28");
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 1, 0), slots.Single(s => s.Start.InZone(scenario.Zone).Hour == 2 && s.Start.InZone(scenario.Zone).Minute == 0).Start);
    }

    [Fact]
    public void A_local_time_repeated_by_the_autumn_change_is_offered_once_at_its_earlier_instant()
    {
        var scenario = new Scenario(now: "2026-10-01T00:00:00Z").Works(1, IsoDayOfWeek.Sunday, "00:00", "04:00");

        var oneThirty = scenario.Slots("2026-10-25").Where(s => s.Start.InZone(scenario.Zone).LocalDateTime.TimeOfDay == new LocalTime(1, 30)).ToList();

        var only = Assert.Single(oneThirty);
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), only.Start);
    }

    [Fact]
    public void A_thirty_minute_appointment_across_the_autumn_change_lasts_thirty_elapsed_minutes()
    {
        var scenario = new Scenario(now: "2026-10-01T00:00:00Z").Works(1, IsoDayOfWeek.Sunday, "00:00", "04:00");

        var slot = scenario.Slots("2026-10-25").First(s => s.Start == Instant.FromUtc(2026, 10, 25, 0, 45));

        Assert.Equal(Duration.FromMinutes(30), slot.End - slot.Start);
    }

    [Fact]
    public void A_rule_starting_in_the_skipped_hour_moves_forward_by_the_gap()
    {
        var scenario = new Scenario(now: "2027-03-01T00:00:00Z") { Service = new ServiceRules(30, 30, 0, 0, false, 0, 730, ServiceVisibility.Public) }
            .Works(1, IsoDayOfWeek.Sunday, "01:30", "05:00");

        var first = scenario.Slots("2027-03-28")[0];

        Assert.Equal(Instant.FromUtc(2027, 3, 28, 1, 30), first.Start);
        Assert.Equal("02:30", first.Start.InZone(scenario.Zone).ToString("HH:mm", null));
    }

    [Fact]
    public void A_rule_ending_in_the_repeated_hour_ends_at_its_earlier_instant()
    {
        var scenario = new Scenario(now: "2026-10-01T00:00:00Z") { Service = new ServiceRules(30, 30, 0, 0, false, 0, 730, ServiceVisibility.Public) }
            .Works(1, IsoDayOfWeek.Sunday, "00:00", "01:30");

        var last = scenario.Slots("2026-10-25")[^1];

        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), last.End);
    }

    [Fact]
    public void Sydney_days_start_at_23Z_before_the_southern_spring_change_and_22Z_after_it()
    {
        var scenario = new Scenario("Australia/Sydney", now: "2026-09-01T00:00:00Z").WorksEveryDay(1, "09:00", "17:00");

        Assert.Equal(Instant.FromUtc(2026, 10, 1, 23, 0), scenario.Slots("2026-10-02")[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 10, 4, 22, 0), scenario.Slots("2026-10-05")[0].Start);
    }

    [Fact]
    public void Sydney_skips_2_to_3_on_its_spring_change_day()
    {
        var scenario = new Scenario("Australia/Sydney", now: "2026-09-01T00:00:00Z").Works(1, IsoDayOfWeek.Sunday, "01:00", "05:00");

        var times = scenario.Times("2026-10-04");

        Assert.Contains("01:45", times);
        Assert.DoesNotContain("02:00", times);
        Assert.DoesNotContain("02:45", times);
        Assert.Contains("03:00", times);
    }
}
