using System.Net;
using System.Net.Http.Json;
using static WellPath.Catalog.Tests.Integration.Problems;

namespace WellPath.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class RoomAndPractitionerUpdateTests(CatalogHost host)
{
    [Fact]
    public async Task A_practitioner_is_moved_and_deactivated_never_deleted_and_the_change_is_audited()
    {
        var here = await host.CreateLocationAsync();
        var there = await host.CreateLocationAsync();
        var id = await host.CreatePractitionerAsync(here);

        var updated = await CatalogHost.ReadAsync(await host.Admin().PutAsJsonAsync($"/api/v1/practitioners/{id}", new { name = "Dr Moved", locationIds = new[] { there }, active = false }));

        Assert.Equal("Dr Moved", updated.GetProperty("name").GetString());
        Assert.False(updated.GetProperty("active").GetBoolean());
        Assert.Equal([there], updated.GetProperty("locationIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal(1, await host.ScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'practitioner.updated' and record_id = @Id and changes->'before'->>'active' = 'true'", new { Id = id.ToString() }));
        AssertStatus(HttpStatusCode.NotFound, await host.Admin().PutAsJsonAsync($"/api/v1/practitioners/{Guid.NewGuid()}", new { name = "Nobody", locationIds = Array.Empty<Guid>() }));
        await AssertInvalidAsync(await host.Admin().PutAsJsonAsync($"/api/v1/practitioners/{id}", new { name = "", locationIds = new[] { Guid.NewGuid() } }), "name", "locationIds");
    }

    [Fact]
    public async Task Linking_a_staff_account_that_another_practitioner_has_is_a_conflict()
    {
        var location = await host.CreateLocationAsync();
        var staffId = Guid.NewGuid();
        await host.Admin().PostAsJsonAsync("/api/v1/practitioners", new { name = "First", locationIds = new[] { location }, staffId });
        var second = await host.CreatePractitionerAsync(location);

        AssertStatus(HttpStatusCode.Conflict, await host.Admin().PutAsJsonAsync($"/api/v1/practitioners/{second}", new { name = "Second", locationIds = new[] { location }, staffId }));
    }

    [Fact]
    public async Task A_room_is_renamed_and_deactivated_within_its_location_and_the_manager_s_scope()
    {
        var location = await host.CreateLocationAsync();
        var other = await host.CreateLocationAsync();
        var type = await host.CreateRoomTypeAsync();
        var room = (await CatalogHost.ReadAsync(await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/rooms", new { name = "Room 1", roomTypeId = type }))).GetProperty("id").GetGuid();
        var manager = await host.StaffAsync("clinic_manager", location);
        var outsider = await host.StaffAsync("clinic_manager", other);

        var updated = await CatalogHost.ReadAsync(await manager.PutAsJsonAsync($"/api/v1/locations/{location}/rooms/{room}", new { name = "Room One", roomTypeId = type, active = false }));

        Assert.Equal("Room One", updated.GetProperty("name").GetString());
        Assert.False(updated.GetProperty("active").GetBoolean());
        AssertStatus(HttpStatusCode.NotFound, await outsider.PutAsJsonAsync($"/api/v1/locations/{location}/rooms/{room}", new { name = "Taken", roomTypeId = type }));
        AssertStatus(HttpStatusCode.NotFound, await host.Admin().PutAsJsonAsync($"/api/v1/locations/{other}/rooms/{room}", new { name = "Moved", roomTypeId = type }));
        Assert.Equal(1, await host.ScalarAsync<int>("select count(*) from kernel.audit_events where action = 'room.updated' and record_id = @Id", new { Id = room.ToString() }));
    }
}
