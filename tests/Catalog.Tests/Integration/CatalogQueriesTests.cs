using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Catalog.Contracts;

namespace WellPath.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class CatalogQueriesTests(CatalogHost host)
{
    private async Task<T> QueryAsync<T>(Func<ICatalogQueries, Task<T>> query)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ICatalogQueries>());
    }

    [Fact]
    public async Task A_service_s_booking_rules_come_with_its_active_locations_and_practitioners()
    {
        var location = await host.CreateLocationAsync();
        var inactiveLocation = await host.CreateLocationAsync(active: false);
        var roomType = await host.CreateRoomTypeAsync();
        var practitioner = await host.CreatePractitionerAsync(location);
        var service = (await host.CreateServiceAsync(CatalogBodies.Service([location, inactiveLocation], [practitioner]) with
        {
            durationMinutes = 60, bufferAfterMinutes = 15, roomTypeId = roomType, visibility = "seasonal", seasonStart = "2027-06-01", seasonEnd = "2027-08-31",
            minNoticeMinutes = 120, requiresApproval = true, cancellationWindowHours = 48,
        })).GetProperty("id").GetGuid();

        var rules = await QueryAsync(q => q.GetServiceRulesAsync(service, CancellationToken.None));

        Assert.NotNull(rules);
        Assert.Equal((60, 15, 0, 15, 120, 90, 48), (rules.DurationMinutes, rules.StepMinutes, rules.BufferBeforeMinutes, rules.BufferAfterMinutes, rules.MinNoticeMinutes, rules.MaxAdvanceDays, rules.CancellationWindowHours));
        Assert.Equal(roomType, rules.RoomTypeId);
        Assert.Equal(ServiceVisibility.Seasonal, rules.Visibility);
        Assert.Equal((new DateOnly(2027, 6, 1), new DateOnly(2027, 8, 31)), (rules.SeasonStart!.Value, rules.SeasonEnd!.Value));
        Assert.True(rules.RequiresApproval);
        Assert.Equal([location], rules.LocationIds);
        Assert.Equal([practitioner], rules.PractitionerIds);
        Assert.True(rules.IsBookableBy(staff: false, new DateOnly(2027, 8, 31)));
        Assert.False(rules.IsBookableBy(staff: true, new DateOnly(2027, 9, 1)));
        Assert.Null(await QueryAsync(q => q.GetServiceRulesAsync(Guid.NewGuid(), CancellationToken.None)));
    }

    [Fact]
    public async Task A_location_s_schedule_has_its_zone_hours_per_weekday_and_the_closures_in_range()
    {
        var location = await host.CreateLocationAsync(timeZone: "America/New_York");
        foreach (var closure in new object[]
        {
            new { date = "2027-07-04", reason = "Independence Day" },
            new { date = "2027-07-05", start = "09:00", end = "11:00", reason = "Training" },
            new { date = "2027-08-01", reason = "Outside the range" },
        })
        {
            (await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/closures", closure)).EnsureSuccessStatusCode();
        }

        var schedule = await QueryAsync(q => q.GetLocationScheduleAsync(location, new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 31), CancellationToken.None));

        Assert.NotNull(schedule);
        Assert.Equal("America/New_York", schedule.TimeZoneId);
        Assert.True(schedule.Live);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Saturday], schedule.OpeningHours.Keys.Order());
        Assert.Equal(
            [new OpeningInterval(new TimeOnly(8, 0), new TimeOnly(12, 0)), new OpeningInterval(new TimeOnly(13, 0), new TimeOnly(18, 0))],
            schedule.OpeningHours[DayOfWeek.Monday]);
        Assert.Equal(2, schedule.Closures.Count);
        Assert.True(schedule.Closures[0].IsWholeDay);
        Assert.Equal((new DateOnly(2027, 7, 5), new TimeOnly(9, 0), new TimeOnly(11, 0)), (schedule.Closures[1].Date, schedule.Closures[1].Start!.Value, schedule.Closures[1].End!.Value));
        Assert.Null(await QueryAsync(q => q.GetLocationScheduleAsync(Guid.NewGuid(), new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 31), CancellationToken.None)));
    }

    [Fact]
    public async Task Active_rooms_of_a_type_come_in_the_order_a_booking_assigns_them()
    {
        var location = await host.CreateLocationAsync();
        var type = await host.CreateRoomTypeAsync();
        var otherType = await host.CreateRoomTypeAsync();
        foreach (var (name, roomType, active) in new[] { ("Room 2", type, true), ("Room 1", type, true), ("Room 0", type, false), ("Gym", otherType, true) })
        {
            (await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/rooms", new { name, roomTypeId = roomType, active })).EnsureSuccessStatusCode();
        }

        var rooms = await QueryAsync(q => q.GetActiveRoomsAsync(location, type, CancellationToken.None));

        Assert.Equal(["Room 1", "Room 2"], rooms.Select(r => r.Name));
    }

    [Fact]
    public async Task A_practitioner_is_eligible_only_where_both_they_and_the_service_are_assigned()
    {
        var here = await host.CreateLocationAsync();
        var there = await host.CreateLocationAsync();
        var both = await host.CreatePractitionerAsync(here, there);
        var onlyThere = await host.CreatePractitionerAsync(there);
        var notOnService = await host.CreatePractitionerAsync(here);
        var service = (await host.CreateServiceAsync(CatalogBodies.Service([here], [both, onlyThere]))).GetProperty("id").GetGuid();

        var atHere = await QueryAsync(q => q.GetEligiblePractitionersAsync(service, here, CancellationToken.None));
        var atThere = await QueryAsync(q => q.GetEligiblePractitionersAsync(service, there, CancellationToken.None));

        Assert.Equal([both], atHere.Select(p => p.Id));
        Assert.Empty(atThere);
        Assert.DoesNotContain(notOnService, atHere.Select(p => p.Id));
    }

    // The one-round-trip read behind every slot search and booking check answers what the single queries answer.
    [Fact]
    public async Task A_search_gets_the_service_the_location_s_schedule_the_eligible_practitioners_and_the_service_s_rooms_at_once()
    {
        var location = await host.CreateLocationAsync(timeZone: "America/New_York");
        var type = await host.CreateRoomTypeAsync();
        var otherType = await host.CreateRoomTypeAsync();
        foreach (var (name, roomType, active) in new[] { ("Room 2", type, true), ("Room 1", type, true), ("Room 0", type, false), ("Gym", otherType, true) })
        {
            (await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/rooms", new { name, roomTypeId = roomType, active })).EnsureSuccessStatusCode();
        }
        (await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/closures", new { date = "2027-07-04", reason = "Independence Day" })).EnsureSuccessStatusCode();
        var eligible = await host.CreatePractitionerAsync(location);
        var elsewhere = await host.CreatePractitionerAsync(await host.CreateLocationAsync());
        var service = (await host.CreateServiceAsync(CatalogBodies.Service([location], [eligible, elsewhere]) with { roomTypeId = type })).GetProperty("id").GetGuid();
        var from = new DateOnly(2027, 7, 1);
        var to = new DateOnly(2027, 7, 31);

        var search = await QueryAsync(q => q.GetSearchCatalogAsync(service, location, from, to, CancellationToken.None));

        Assert.Equal(await QueryAsync(q => q.GetServiceRulesAsync(service, CancellationToken.None)), search.Service, new RulesComparer());
        var schedule = await QueryAsync(q => q.GetLocationScheduleAsync(location, from, to, CancellationToken.None));
        Assert.Equal((schedule!.TimeZoneId, schedule.Closures.Count, schedule.OpeningHours.Count), (search.Location!.TimeZoneId, search.Location.Closures.Count, search.Location.OpeningHours.Count));
        Assert.Equal([eligible], search.Practitioners.Select(p => p.Id));
        Assert.Equal(["Room 1", "Room 2"], search.Rooms.Select(r => r.Name));
    }

    [Fact]
    public async Task A_service_without_a_room_type_needs_no_rooms_and_unknown_ids_answer_nothing()
    {
        var location = await host.CreateLocationAsync();
        (await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/rooms", new { name = "Room 1", roomTypeId = await host.CreateRoomTypeAsync() })).EnsureSuccessStatusCode();
        var practitioner = await host.CreatePractitionerAsync(location);
        var service = (await host.CreateServiceAsync(CatalogBodies.Service([location], [practitioner]))).GetProperty("id").GetGuid();
        var day = new DateOnly(2027, 7, 1);

        var roomless = await QueryAsync(q => q.GetSearchCatalogAsync(service, location, day, day, CancellationToken.None));
        var unknown = await QueryAsync(q => q.GetSearchCatalogAsync(Guid.NewGuid(), Guid.NewGuid(), day, day, CancellationToken.None));

        Assert.Empty(roomless.Rooms);
        Assert.Equal([practitioner], roomless.Practitioners.Select(p => p.Id));
        Assert.Equal((null, null, 0, 0), (unknown.Service, unknown.Location, unknown.Practitioners.Count, unknown.Rooms.Count));
    }

    private sealed class RulesComparer : IEqualityComparer<ServiceBookingRules?>
    {
        public bool Equals(ServiceBookingRules? x, ServiceBookingRules? y) =>
            x is not null && y is not null && x.ServiceId == y.ServiceId && x.RoomTypeId == y.RoomTypeId && x.LocationIds.SequenceEqual(y.LocationIds) && x.PractitionerIds.SequenceEqual(y.PractitionerIds);

        public int GetHashCode(ServiceBookingRules? obj) => obj?.ServiceId.GetHashCode() ?? 0;
    }
}
