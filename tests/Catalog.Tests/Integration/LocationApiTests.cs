using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static WellPath.Catalog.Tests.Integration.Problems;

namespace WellPath.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class LocationApiTests(CatalogHost host)
{
    [Fact]
    public async Task An_admin_creates_a_location_and_reads_it_back_in_the_contract_shape()
    {
        var response = await host.Admin().PostAsJsonAsync("/api/v1/locations", CatalogBodies.Location("Bristol Harbourside"));

        AssertStatus(HttpStatusCode.Created, response);
        var created = await CatalogHost.ReadAsync(response);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/locations/{id}", response.Headers.Location?.OriginalString);
        var read = await CatalogHost.ReadAsync(await host.Anonymous().GetAsync($"/api/v1/locations/{id}"));
        Assert.Equal(
            """{"monday":[["08:00","12:00"],["13:00","18:00"]],"saturday":[["09:00","13:00"]]}""",
            read.GetProperty("openingHours").GetRawText());
        Assert.Equal(
            ["id", "name", "timeZone", "address", "phone", "email", "openingHours", "active", "live"],
            read.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Bristol Harbourside", read.GetProperty("name").GetString());
        Assert.Equal("Europe/London", read.GetProperty("timeZone").GetString());
        Assert.True(read.GetProperty("active").GetBoolean());
        Assert.True(read.GetProperty("live").GetBoolean());
        Assert.Equal(1, await host.ScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'location.created' and record_id = @Id and changes ? 'after'", new { Id = id.ToString() }));
    }

    [Theory]
    [InlineData("timeZone", """{"name":"A","timeZone":"Mars/Olympus_Mons","openingHours":{}}""")]
    [InlineData("timeZone", """{"name":"A","timeZone":"GMT Standard Time","openingHours":{}}""")]
    [InlineData("openingHours.monday[0]", """{"name":"A","timeZone":"Europe/London","openingHours":{"monday":[["18:00","08:00"]]}}""")]
    [InlineData("openingHours.monday[0]", """{"name":"A","timeZone":"Europe/London","openingHours":{"monday":[["09:00","09:00"]]}}""")]
    [InlineData("openingHours.tuesday", """{"name":"A","timeZone":"Europe/London","openingHours":{"tuesday":[["08:00","12:00"],["11:00","14:00"]]}}""")]
    [InlineData("openingHours.monday[0]", """{"name":"A","timeZone":"Europe/London","openingHours":{"monday":[["8am","12:00"]]}}""")]
    [InlineData("openingHours.monday[0]", """{"name":"A","timeZone":"Europe/London","openingHours":{"monday":[["25:00","26:00"]]}}""")]
    [InlineData("openingHours.monday[0]", """{"name":"A","timeZone":"Europe/London","openingHours":{"monday":[["08:00"]]}}""")]
    [InlineData("openingHours.funday", """{"name":"A","timeZone":"Europe/London","openingHours":{"funday":[["08:00","12:00"]]}}""")]
    [InlineData("openingHours.monday", """{"name":"A","timeZone":"Europe/London","openingHours":{"Monday":[["08:00","12:00"]]}}""")]
    [InlineData("openingHours", """{"name":"A","timeZone":"Europe/London"}""")]
    [InlineData("name", """{"name":"","timeZone":"Europe/London","openingHours":{}}""")]
    [InlineData("email", """{"name":"A","timeZone":"Europe/London","email":"not-an-email","openingHours":{}}""")]
    public async Task Bad_location_fields_answer_422_naming_the_field(string field, string body)
    {
        var response = await host.Admin().PostAsync("/api/v1/locations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await AssertInvalidAsync(response, field);
    }

    [Fact]
    public async Task Overlong_text_answers_422_for_each_field()
    {
        var body = CatalogBodies.Location(new string('n', 201)) with { address = new string('a', 501), phone = new string('1', 41) };

        var response = await host.Admin().PostAsJsonAsync("/api/v1/locations", body);

        await AssertInvalidAsync(response, "name", "address", "phone");
    }

    [Fact]
    public async Task Limits_are_inclusive()
    {
        var body = CatalogBodies.Location(new string('n', 200)) with { address = new string('a', 500), phone = new string('1', 40) };

        AssertStatus(HttpStatusCode.Created, await host.Admin().PostAsJsonAsync("/api/v1/locations", body));
    }

    [Fact]
    public async Task Malformed_json_answers_400()
    {
        var response = await host.Admin().PostAsync("/api/v1/locations", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));

        AssertStatus(HttpStatusCode.BadRequest, response);
    }

    [Fact]
    public async Task Unknown_location_ids_answer_404()
    {
        var unknown = Guid.NewGuid();

        AssertStatus(HttpStatusCode.NotFound, await host.Admin().GetAsync($"/api/v1/locations/{unknown}"));
        AssertStatus(HttpStatusCode.NotFound, await host.Admin().PutAsJsonAsync($"/api/v1/locations/{unknown}", CatalogBodies.Location()));
        AssertStatus(HttpStatusCode.NotFound, await host.Admin().PostAsJsonAsync($"/api/v1/locations/{unknown}/closures", new { date = "2027-12-25", reason = "Christmas" }));
        AssertStatus(HttpStatusCode.NotFound, await host.Admin().PostAsJsonAsync($"/api/v1/locations/{unknown}/rooms", new { name = "Room 1", roomTypeId = await host.CreateRoomTypeAsync() }));
        AssertStatus(HttpStatusCode.NotFound, await host.Admin().GetAsync($"/api/v1/locations/{unknown}/rooms"));
    }

    [Fact]
    public async Task An_update_replaces_the_hours_keeps_flags_left_out_and_audits_before_and_after()
    {
        var id = await host.CreateLocationAsync(live: false);
        var body = CatalogBodies.Location("Renamed") with
        {
            openingHours = new Dictionary<string, string[][]> { ["sunday"] = [["10:00", "14:00"]] },
            active = null,
            live = null,
        };

        var updated = await CatalogHost.ReadAsync(await host.Admin().PutAsJsonAsync($"/api/v1/locations/{id}", body));

        Assert.Equal("Renamed", updated.GetProperty("name").GetString());
        Assert.Equal("""{"sunday":[["10:00","14:00"]]}""", updated.GetProperty("openingHours").GetRawText());
        Assert.False(updated.GetProperty("live").GetBoolean());
        var changes = await host.ScalarAsync<string>(
            "select changes::text from kernel.audit_events where action = 'location.updated' and record_id = @Id", new { Id = id.ToString() });
        using var audit = JsonDocument.Parse(changes);
        Assert.Equal("Renamed", audit.RootElement.GetProperty("after").GetProperty("name").GetString());
        Assert.NotEqual("Renamed", audit.RootElement.GetProperty("before").GetProperty("name").GetString());
        Assert.True(audit.RootElement.GetProperty("before").GetProperty("openingHours").TryGetProperty("monday", out _));
    }

    [Fact]
    public async Task Anonymous_callers_see_only_active_live_locations_and_staff_see_their_scope()
    {
        var live = await host.CreateLocationAsync();
        var notLive = await host.CreateLocationAsync(live: false);
        var inactive = await host.CreateLocationAsync(active: false);
        var reception = await host.StaffAsync("reception", notLive);

        var anonymousIds = await ListIdsAsync(host.Anonymous());
        var receptionIds = await ListIdsAsync(reception);
        var adminIds = await ListIdsAsync(host.Admin());

        Assert.Contains(live, anonymousIds);
        Assert.DoesNotContain(notLive, anonymousIds);
        Assert.DoesNotContain(inactive, anonymousIds);
        AssertStatus(HttpStatusCode.NotFound, await host.Anonymous().GetAsync($"/api/v1/locations/{notLive}"));
        Assert.Equal([notLive], receptionIds);
        AssertStatus(HttpStatusCode.NotFound, await reception.GetAsync($"/api/v1/locations/{live}"));
        Assert.Contains(notLive, adminIds);
        Assert.Contains(inactive, adminIds);
    }

    [Fact]
    public async Task A_manager_changes_only_their_own_locations()
    {
        var own = await host.CreateLocationAsync();
        var other = await host.CreateLocationAsync();
        var manager = await host.StaffAsync("clinic_manager", own);
        var reception = await host.StaffAsync("reception", own);

        AssertStatus(HttpStatusCode.OK, await manager.PutAsJsonAsync($"/api/v1/locations/{own}", CatalogBodies.Location()));
        AssertStatus(HttpStatusCode.NotFound, await manager.PutAsJsonAsync($"/api/v1/locations/{other}", CatalogBodies.Location()));
        AssertStatus(HttpStatusCode.Created, await manager.PostAsJsonAsync($"/api/v1/locations/{own}/closures", new { date = "2027-12-25", reason = "Christmas" }));
        AssertStatus(HttpStatusCode.NotFound, await manager.PostAsJsonAsync($"/api/v1/locations/{other}/closures", new { date = "2027-12-25", reason = "Christmas" }));
        AssertStatus(HttpStatusCode.Forbidden, await manager.PostAsJsonAsync("/api/v1/locations", CatalogBodies.Location()));
        AssertStatus(HttpStatusCode.Forbidden, await reception.PutAsJsonAsync($"/api/v1/locations/{own}", CatalogBodies.Location()));
        AssertStatus(HttpStatusCode.Unauthorized, await host.Anonymous().PutAsJsonAsync($"/api/v1/locations/{own}", CatalogBodies.Location()));
    }

    private static async Task<List<Guid>> ListIdsAsync(HttpClient client)
    {
        var list = await CatalogHost.ReadAsync(await client.GetAsync("/api/v1/locations"));
        return list.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ToList();
    }
}
