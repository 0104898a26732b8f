using NodaTime;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Tests.Unit;

public sealed class SlotRuleTests
{
    private static ServiceRules Service(int duration = 30, int step = 15, int before = 0, int after = 0, bool room = false, int notice = 0, int horizon = 730,
        ServiceVisibility visibility = ServiceVisibility.Public, LocalDate? seasonStart = null, LocalDate? seasonEnd = null) =>
        new(duration, step, before, after, room, notice, horizon, visibility, seasonStart, seasonEnd);

    [Theory]
    [InlineData(15, new[] { "09:00", "09:15", "09:30" })]
    [InlineData(20, new[] { "09:00", "09:20", "09:40" })]
    [InlineData(45, new[] { "09:00", "09:45", "10:30" })]
    public void Starts_lie_on_the_services_grid_of_wall_clock_minutes(int step, string[] firstThree)
    {
        var scenario = new Scenario { Service = Service(step: step) }.WorksEveryDay(1, "09:00", "12:00");

        Assert.Equal(firstThree, scenario.Times("2027-03-01").Take(3));
    }

    [Fact]
    public void A_window_starting_off_the_grid_begins_at_the_next_grid_time()
    {
        var scenario = new Scenario { Service = Service(step: 30) }.WorksEveryDay(1, "09:10", "12:00");

        Assert.Equal("09:30", scenario.Times("2027-03-01")[0]);
    }

    [Fact]
    public void An_appointment_must_end_by_the_end_of_the_working_window()
    {
        var scenario = new Scenario { Service = Service(duration: 60) }.WorksEveryDay(1, "09:00", "12:00");

        var times = scenario.Times("2027-03-01");

        Assert.Equal("11:00", times[^1]);
    }

    [Fact]
    public void Touching_weekly_rules_merge_into_one_window()
    {
        var scenario = new Scenario { Service = Service(duration: 60) }
            .Works(1, IsoDayOfWeek.Monday, "09:00", "12:00")
            .Works(1, IsoDayOfWeek.Monday, "12:00", "15:00");

        Assert.Contains("11:30", scenario.Times("2027-03-01"));
    }

    [Fact]
    public void Opening_hours_limit_a_practitioner_who_works_longer()
    {
        var scenario = new Scenario { Service = Service(duration: 60) }
            .Open(IsoDayOfWeek.Monday, "09:00", "17:00")
            .Works(1, IsoDayOfWeek.Monday, "08:00", "20:00");

        var times = scenario.Times("2027-03-01");

        Assert.Equal("09:00", times[0]);
        Assert.Equal("16:00", times[^1]);
    }

    [Fact]
    public void A_day_without_opening_hours_offers_nothing()
    {
        var scenario = new Scenario().Open(IsoDayOfWeek.Monday, "09:00", "17:00").WorksEveryDay(1, "09:00", "17:00");

        Assert.NotEmpty(scenario.Slots("2027-03-01"));
        Assert.Empty(new Scenario().Open(IsoDayOfWeek.Monday, "09:00", "09:00").WorksEveryDay(1, "09:00", "17:00").Slots("2027-03-01"));
    }

    [Fact]
    public void A_closure_for_part_of_a_day_refuses_only_what_overlaps_it()
    {
        var scenario = new Scenario().WorksEveryDay(1, "09:00", "17:00").Closed("2027-03-01", "12:00-14:00");

        var times = scenario.Times("2027-03-01");

        Assert.Contains("11:30", times);
        Assert.DoesNotContain("11:45", times);
        Assert.DoesNotContain("13:45", times);
        Assert.Contains("14:00", times);
    }

    [Fact]
    public void An_unavailable_exception_removes_working_time_and_an_available_one_adds_hours()
    {
        var scenario = new Scenario()
            .Works(1, IsoDayOfWeek.Monday, "09:00", "17:00")
            .Exception(1, available: false, "2027-03-01T00:00", "2027-03-01T13:00")
            .Exception(1, available: true, "2027-03-02T10:00", "2027-03-02T12:00");

        Assert.Equal("13:00", scenario.Times("2027-03-01")[0]);
        Assert.Equal(["10:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30"], scenario.Times("2027-03-02"));
    }

    [Fact]
    public void An_unavailable_exception_spanning_days_blocks_each_of_them()
    {
        var scenario = new Scenario().WorksEveryDay(1, "09:00", "17:00").Exception(1, available: false, "2027-03-01T00:00", "2027-03-08T00:00");

        Assert.Empty(scenario.Slots("2027-03-01", "2027-03-07"));
        Assert.NotEmpty(scenario.Slots("2027-03-08"));
    }

    [Fact]
    public void Rules_take_effect_from_their_date()
    {
        var scenario = new Scenario();
        var query = scenario.Query() with
        {
            Practitioners =
            [
                new PractitionerCalendar(Scenario.Id(1), [new WeeklyRule(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0), [], EffectiveFrom: new LocalDate(2027, 3, 8))], []),
            ],
        };

        Assert.Empty(SlotEngine.FindSlots(query, new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 1)));
        Assert.NotEmpty(SlotEngine.FindSlots(query, new LocalDate(2027, 3, 8), new LocalDate(2027, 3, 8)));
    }

    [Fact]
    public void A_before_buffer_keeps_a_start_clear_of_the_previous_appointment()
    {
        var scenario = new Scenario { Service = Service(before: 15) }.WorksEveryDay(1, "09:00", "17:00").Booked(1, "2027-03-01T10:00", 60);

        var times = scenario.Times("2027-03-01");

        Assert.DoesNotContain("11:00", times);
        Assert.Contains("11:15", times);
        Assert.Contains("09:00", times);
        Assert.DoesNotContain("09:45", times);
    }

    [Fact]
    public void Buffers_may_reach_outside_working_time()
    {
        var scenario = new Scenario { Service = Service(duration: 60, before: 30, after: 30) }.WorksEveryDay(1, "09:00", "17:00");

        var times = scenario.Times("2027-03-01");

        Assert.Equal("09:00", times[0]);
        Assert.Equal("16:00", times[^1]);
    }

    [Fact]
    public void Touching_appointments_do_not_overlap()
    {
        var scenario = new Scenario { Service = Service(duration: 60) }.WorksEveryDay(1, "09:00", "17:00").Booked(1, "2027-03-01T10:00", 60);

        var times = scenario.Times("2027-03-01");

        Assert.Contains("09:00", times);
        Assert.DoesNotContain("09:15", times);
        Assert.Contains("11:00", times);
    }

    [Fact]
    public void Minimum_notice_and_maximum_advance_bound_the_offered_starts()
    {
        var scenario = new Scenario(now: "2027-03-01T09:05:00Z") { Service = Service(notice: 60, horizon: 2) }.WorksEveryDay(1, "09:00", "17:00");

        Assert.Equal("10:15", scenario.Times("2027-03-01")[0]);
        Assert.NotEmpty(scenario.Slots("2027-03-03"));
        Assert.Empty(scenario.Slots("2027-03-04"));
    }

    [Fact]
    public void A_service_needing_a_room_is_offered_only_while_a_room_of_its_type_is_free()
    {
        var scenario = new Scenario { Service = Service(duration: 60, room: true) }.WorksEveryDay(1, "09:00", "17:00").WorksEveryDay(2, "09:00", "17:00");

        Assert.Empty(scenario.Slots("2027-03-01"));

        scenario.Room(1).Room(2).Booked(3, "2027-03-01T09:00", 60, room: 1);
        var nine = scenario.Slots("2027-03-01").Where(s => s.Start == scenario.Local("2027-03-01T09:00")).ToList();

        Assert.Equal(2, nine.Count);
        Assert.All(nine, s => Assert.Equal(Scenario.Id(1002), s.RoomId));
    }

    [Fact]
    public void Slots_are_ordered_by_start_then_practitioner_and_asking_for_one_practitioner_lists_only_theirs()
    {
        var scenario = new Scenario().WorksEveryDay(2, "09:00", "10:00").WorksEveryDay(1, "09:30", "10:30");

        var slots = scenario.Slots("2027-03-01");
        var onlyTwo = scenario.Slots("2027-03-01", practitioner: 2);

        Assert.Equal(slots.OrderBy(s => s.Start).ThenBy(s => s.PractitionerId.ToString(), StringComparer.Ordinal), slots);
        Assert.Equal(Scenario.Id(1), slots.First(s => s.Start == scenario.Local("2027-03-01T09:30")).PractitionerId);
        Assert.All(onlyTwo, s => Assert.Equal(Scenario.Id(2), s.PractitionerId));
    }

    [Theory]
    [InlineData("Public", false, true)]
    [InlineData("Internal", false, false)]
    [InlineData("Internal", true, true)]
    [InlineData("Inactive", true, false)]
    public void Visibility_decides_who_may_book(string visibility, bool staff, bool offered)
    {
        var scenario = new Scenario { Service = Service(visibility: Enum.Parse<ServiceVisibility>(visibility)), CallerIsStaff = staff }.WorksEveryDay(1, "09:00", "17:00");

        Assert.Equal(offered, scenario.Slots("2027-03-01").Count > 0);
    }

    [Fact]
    public void A_seasonal_service_is_offered_between_its_season_dates_inclusive()
    {
        var scenario = new Scenario { Service = Service(visibility: ServiceVisibility.Seasonal, seasonStart: new LocalDate(2027, 3, 2), seasonEnd: new LocalDate(2027, 3, 3)) }
            .WorksEveryDay(1, "09:00", "17:00");

        Assert.Empty(scenario.Slots("2027-03-01"));
        Assert.NotEmpty(scenario.Slots("2027-03-02"));
        Assert.NotEmpty(scenario.Slots("2027-03-03"));
        Assert.Empty(scenario.Slots("2027-03-04"));
    }

    [Fact]
    public void Booking_checks_the_same_rules_and_assigns_the_first_free_room_in_order()
    {
        var scenario = new Scenario { Service = Service(duration: 60, room: true) }.WorksEveryDay(1, "09:00", "17:00").Room(1).Room(2)
            .Booked(9, "2027-03-01T10:00", 60, room: 1);

        var offered = SlotEngine.CandidatesAt(scenario.Query(), scenario.Local("2027-03-01T10:00"), null).Cast<Slot?>().FirstOrDefault();
        var offGrid = SlotEngine.CandidatesAt(scenario.Query(), scenario.Local("2027-03-01T10:05"), null).Cast<Slot?>().FirstOrDefault();
        var outside = SlotEngine.CandidatesAt(scenario.Query(), scenario.Local("2027-03-01T17:00"), null).Cast<Slot?>().FirstOrDefault();

        Assert.Equal(Scenario.Id(1002), offered?.RoomId);
        Assert.Equal(Scenario.Id(1), offered?.PractitionerId);
        Assert.Null(offGrid);
        Assert.Null(outside);
    }
}
