using System.Net;
using System.Net.Http.Json;
using static WellPath.Catalog.Tests.Integration.Problems;

namespace WellPath.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class AdminLocationScreensTests(CatalogHost host)
{
    private static Dictionary<string, string> Fields(string name, string mondayOpens = "08:00", string mondayCloses = "18:00") => new()
    {
        ["Name"] = name, ["TimeZone"] = "Europe/London", ["Address"] = "", ["Phone"] = "", ["Email"] = "", ["Active"] = "true", ["Live"] = "true",
        ["monday.opens1"] = mondayOpens, ["monday.closes1"] = mondayCloses, ["tuesday.opens1"] = "", ["tuesday.closes1"] = "",
    };

    [Fact]
    public async Task Staff_list_the_locations_of_their_scope_and_the_search_answers_rows_to_htmx()
    {
        var mine = await host.CreateLocationAsync(name: $"Mine {Guid.NewGuid():N}");
        var other = await host.CreateLocationAsync(name: $"Other {Guid.NewGuid():N}");
        var reception = await host.StaffAsync("reception", mine);

        var page = await AdminForms.PageAsync(reception, "/admin/catalog/locations");
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/catalog/locations?q=nothing-matches");
        request.Headers.Add("HX-Request", "true");
        var fragment = await reception.SendAsync(request);

        Assert.Equal([mine.ToString()], page.QuerySelectorAll("[data-testid=location-row] a").Select(a => a.GetAttribute("href")!.Split('/')[^1]));
        Assert.DoesNotContain(other.ToString(), page.Body!.InnerHtml);
        var rows = await fragment.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", rows);
        Assert.Contains("No location matches.", rows);
        Assert.Contains("HX-Request", fragment.Headers.Vary);
    }

    [Fact]
    public async Task Reception_reads_the_editor_but_cannot_change_anything()
    {
        var location = await host.CreateLocationAsync();
        var reception = await host.StaffAsync("reception", location);

        var page = await AdminForms.PageAsync(reception, $"/admin/catalog/locations/{location}");

        Assert.NotNull(page.QuerySelector("#location-form fieldset[disabled]"));
        Assert.Null(page.QuerySelector($"form[action='/admin/catalog/locations/{location}/closures']"));
        AssertStatus(HttpStatusCode.NotFound, await (await host.StaffAsync("reception", Guid.NewGuid())).GetAsync($"/admin/catalog/locations/{location}"));
    }

    [Fact]
    public async Task Inverted_hours_are_refused_with_the_message_next_to_the_day()
    {
        var location = await host.CreateLocationAsync();
        var page = $"/admin/catalog/locations/{location}";

        var plain = await AdminForms.PostAsync(host.Admin(), page, page, Fields("Inverted", "18:00", "08:00"));
        var htmx = await AdminForms.PostAsync(host.Admin(), page, page, Fields("Inverted", "18:00", "08:00"), htmx: true);

        AssertStatus(HttpStatusCode.UnprocessableEntity, plain);
        AssertStatus(HttpStatusCode.UnprocessableEntity, htmx);
        var fragment = AdminForms.Parse(await htmx.Content.ReadAsStringAsync());
        Assert.Null(fragment.QuerySelector("html > body > header"));
        var error = fragment.QuerySelector("[data-testid=hours-monday] + tr [data-testid=field-error]");
        Assert.Contains("closes after it opens", error?.TextContent);
        Assert.Equal("18:00", fragment.QuerySelector("input[name='monday.opens1']")?.GetAttribute("value"));
        Assert.NotEqual("Inverted", await host.ScalarAsync<string>("select name from catalog.locations where id = @location", new { location }));
    }

    [Fact]
    public async Task A_manager_saves_their_location_and_adds_a_closure_and_a_room()
    {
        var location = await host.CreateLocationAsync();
        var type = await host.CreateRoomTypeAsync();
        var manager = await host.StaffAsync("clinic_manager", location);
        var page = $"/admin/catalog/locations/{location}";

        var saved = await AdminForms.PostAsync(manager, page, page, Fields("Saved by the manager"), htmx: true);
        var closure = await AdminForms.PostAsync(manager, page, $"{page}/closures", new() { ["Date"] = "2099-12-25", ["Start"] = "", ["End"] = "", ["Reason"] = "Christmas" });
        var room = await AdminForms.PostAsync(manager, page, $"{page}/rooms", new() { ["Name"] = "Studio 9", ["RoomTypeId"] = type.ToString() });
        var badRoom = await AdminForms.PostAsync(manager, page, $"{page}/rooms", new() { ["Name"] = "", ["RoomTypeId"] = type.ToString() });

        Assert.NotNull(AdminForms.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector("[data-testid=saved]"));
        Assert.Equal("Saved by the manager", await host.ScalarAsync<string>("select name from catalog.locations where id = @location", new { location }));
        AssertStatus(HttpStatusCode.Redirect, closure);
        AssertStatus(HttpStatusCode.Redirect, room);
        AssertStatus(HttpStatusCode.UnprocessableEntity, badRoom);
        var editor = await AdminForms.PageAsync(manager, page);
        Assert.Contains("Christmas", editor.QuerySelector("[data-testid=closure]")?.TextContent);
        Assert.Contains("Studio 9", editor.QuerySelector("[data-testid=room]")?.TextContent);
        Assert.Equal(1, await host.ScalarAsync<int>("select count(*) from kernel.audit_events where action = 'location.updated' and record_id = @Id", new { Id = location.ToString() }));
    }

    [Fact]
    public async Task A_manager_cannot_post_to_another_location_s_editor()
    {
        var own = await host.CreateLocationAsync();
        var other = await host.CreateLocationAsync();
        var manager = await host.StaffAsync("clinic_manager", own);

        var response = await AdminForms.PostAsync(manager, $"/admin/catalog/locations/{own}", $"/admin/catalog/locations/{other}", Fields("Hijacked"));

        AssertStatus(HttpStatusCode.NotFound, response);
        Assert.NotEqual("Hijacked", await host.ScalarAsync<string>("select name from catalog.locations where id = @other", new { other }));
    }

    [Fact]
    public async Task A_room_is_deactivated_from_the_editor_and_stays_listed()
    {
        var location = await host.CreateLocationAsync();
        var type = await host.CreateRoomTypeAsync();
        var room = (await CatalogHost.ReadAsync(await host.Admin().PostAsJsonAsync($"/api/v1/locations/{location}/rooms", new { name = "Room 7", roomTypeId = type }))).GetProperty("id").GetGuid();
        var page = $"/admin/catalog/locations/{location}";

        var response = await AdminForms.PostAsync(host.Admin(), page, $"{page}/rooms/{room}", new() { ["Name"] = "Room 7", ["RoomTypeId"] = type.ToString(), ["Active"] = "false" });

        AssertStatus(HttpStatusCode.Redirect, response);
        Assert.False(await host.ScalarAsync<bool>("select active from catalog.rooms where id = @room", new { room }));
        var editor = await AdminForms.PageAsync(host.Admin(), page);
        Assert.Contains("inactive", editor.QuerySelector("[data-testid=room]")?.TextContent);
        Assert.Equal("Reactivate", editor.QuerySelector("[data-testid=toggle-room]")?.TextContent);
    }
}
