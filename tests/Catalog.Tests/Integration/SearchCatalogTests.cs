using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Catalog.Contracts;

namespace WellPath.Catalog.Tests.Integration;

/// <summary>The one-round-trip read behind every slot search and booking check answers what the single queries answer.</summary>
[Collection(CatalogHostCollection.Name)]
public sealed class SearchCatalogTests(CatalogHost host)
{
    private async Task<T> QueryAsync<T>(Func<ICatalogQueries, Task<T>> query)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ICatalogQueries>());
    }

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
