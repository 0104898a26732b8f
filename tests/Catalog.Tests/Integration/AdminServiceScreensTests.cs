using System.Net;
using static WellPath.Catalog.Tests.Integration.Problems;

namespace WellPath.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class AdminServiceScreensTests(CatalogHost host)
{
    private static Dictionary<string, string> Fields(Guid location, string name, string duration = "45") => new()
    {
        ["Name"] = name, ["Category"] = "Massage therapy", ["DurationMinutes"] = duration, ["StepMinutes"] = "15", ["PriceCents"] = "6500",
        ["Currency"] = "GBP", ["RoomTypeId"] = "", ["LocationIds"] = location.ToString(), ["Visibility"] = "public", ["MaxAdvanceDays"] = "90",
        ["CancellationWindowHours"] = "24", ["PrepNotes"] = "Arrive 5 minutes early.",
    };

    [Fact]
    public async Task The_list_filters_by_location_and_text()
    {
        var here = await host.CreateLocationAsync();
        var there = await host.CreateLocationAsync();
        await host.CreateServiceAsync(CatalogBodies.Service([here], []) with { name = "Here massage" });
        await host.CreateServiceAsync(CatalogBodies.Service([there], []) with { name = "There massage" });

        var page = await AdminForms.PageAsync(host.Admin(), $"/admin/catalog/services?locationId={here}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/catalog/services?locationId={there}&q=there");
        request.Headers.Add("HX-Request", "true");
        // The fragment is the table's rows; a parser keeps rows only inside a table.
        var rows = AdminForms.Parse($"<table><tbody>{await (await host.Admin().SendAsync(request)).Content.ReadAsStringAsync()}</tbody></table>");

        Assert.Equal(["Here massage"], page.QuerySelectorAll("[data-testid=service-row] a").Select(a => a.TextContent));
        Assert.Equal(["There massage"], rows.QuerySelectorAll("[data-testid=service-row] a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_seven_minute_duration_is_refused_next_to_the_field_and_the_form_keeps_what_was_typed()
    {
        var location = await host.CreateLocationAsync();
        var id = (await host.CreateServiceAsync(CatalogBodies.Service([location], []))).GetProperty("id").GetGuid();
        var page = $"/admin/catalog/services/{id}";

        var response = await AdminForms.PostAsync(host.Admin(), page, page, Fields(location, "Typed name", duration: "7"), htmx: true);

        AssertStatus(HttpStatusCode.UnprocessableEntity, response);
        var form = AdminForms.Parse(await response.Content.ReadAsStringAsync());
        var field = form.QuerySelector("input[name=DurationMinutes]")!;
        Assert.Equal("7", field.GetAttribute("value"));
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("multiples of 5", field.ParentElement!.QuerySelector("[data-testid=field-error]")?.TextContent);
        Assert.Equal("Typed name", form.QuerySelector("input[name=Name]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_admin_creates_and_then_updates_a_service_through_the_forms()
    {
        var location = await host.CreateLocationAsync();
        var name = $"Form massage {Guid.NewGuid():N}";

        var created = await AdminForms.PostAsync(host.Admin(), "/admin/catalog/services/new", "/admin/catalog/services", Fields(location, name));

        AssertStatus(HttpStatusCode.Redirect, created);
        var page = created.Headers.Location!.OriginalString;
        var updated = await AdminForms.PostAsync(host.Admin(), page, page, Fields(location, name + " renamed", duration: "60"));
        AssertStatus(HttpStatusCode.OK, updated);
        Assert.NotNull(AdminForms.Parse(await updated.Content.ReadAsStringAsync()).QuerySelector("[data-testid=saved]"));
        Assert.Equal(60, await host.ScalarAsync<int>("select duration_minutes from catalog.services where name = @Name", new { Name = name + " renamed" }));
    }

    [Fact]
    public async Task Staff_other_than_admins_read_the_editor_but_cannot_save()
    {
        var location = await host.CreateLocationAsync();
        var id = (await host.CreateServiceAsync(CatalogBodies.Service([location], []))).GetProperty("id").GetGuid();
        var manager = await host.StaffAsync("clinic_manager", location);
        var page = $"/admin/catalog/services/{id}";

        var editor = await AdminForms.PageAsync(manager, page);
        var post = await AdminForms.PostAsync(manager, page, page, Fields(location, "Manager's change"));

        Assert.NotNull(editor.QuerySelector("#service-form fieldset[disabled]"));
        AssertStatus(HttpStatusCode.Forbidden, post);
    }
}
