using System.Net;
using static WellPath.Catalog.Tests.Integration.Problems;

namespace WellPath.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class AdminPractitionerScreensTests(CatalogHost host)
{
    [Fact]
    public async Task The_list_filters_by_location_and_the_editor_shows_the_practitioner_s_services()
    {
        var here = await host.CreateLocationAsync();
        var there = await host.CreateLocationAsync();
        var practitioner = await host.CreatePractitionerAsync(here);
        await host.CreatePractitionerAsync(there);
        await host.CreateServiceAsync(CatalogBodies.Service([here], [practitioner]) with { name = "Their massage" });

        var list = await AdminForms.PageAsync(host.Admin(), $"/admin/catalog/practitioners?locationId={here}");
        var editor = await AdminForms.PageAsync(host.Admin(), $"/admin/catalog/practitioners/{practitioner}");

        Assert.Equal([practitioner.ToString()], list.QuerySelectorAll("[data-testid=practitioner-row] a").Select(a => a.GetAttribute("href")!.Split('/')[^1]));
        Assert.Equal(["Their massage"], editor.QuerySelectorAll("[data-testid=practitioner-service]").Select(s => s.TextContent));
    }

    [Fact]
    public async Task An_admin_creates_a_practitioner_and_a_bad_staff_id_is_refused_next_to_its_field()
    {
        var location = await host.CreateLocationAsync();
        var fields = new Dictionary<string, string> { ["Name"] = "Dr Form", ["Email"] = "", ["StaffId"] = "not-a-uuid", ["Active"] = "true", ["LocationIds"] = location.ToString() };

        var refused = await AdminForms.PostAsync(host.Admin(), "/admin/catalog/practitioners/new", "/admin/catalog/practitioners", new(fields));
        fields["StaffId"] = "";
        var created = await AdminForms.PostAsync(host.Admin(), "/admin/catalog/practitioners/new", "/admin/catalog/practitioners", fields);

        AssertStatus(HttpStatusCode.UnprocessableEntity, refused);
        var form = AdminForms.Parse(await refused.Content.ReadAsStringAsync());
        Assert.NotNull(form.QuerySelector("input[name=StaffId][aria-invalid=true]"));
        AssertStatus(HttpStatusCode.Redirect, created);
        Assert.StartsWith("/admin/catalog/practitioners/", created.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_admin_adds_a_room_type_once_and_reception_only_reads_them()
    {
        var name = $"Hydro pool {Guid.NewGuid():N}";

        var added = await AdminForms.PostAsync(host.Admin(), "/admin/catalog/room-types", "/admin/catalog/room-types", new() { ["Name"] = name });
        var again = await AdminForms.PostAsync(host.Admin(), "/admin/catalog/room-types", "/admin/catalog/room-types", new() { ["Name"] = name });
        var reception = await AdminForms.PageAsync(await host.StaffAsync("reception", Guid.NewGuid()), "/admin/catalog/room-types");

        AssertStatus(HttpStatusCode.Redirect, added);
        AssertStatus(HttpStatusCode.UnprocessableEntity, again);
        Assert.Contains(name, reception.QuerySelectorAll("[data-testid=room-type]").Select(t => t.TextContent));
        Assert.Null(reception.QuerySelector("form[action='/admin/catalog/room-types']"));
    }
}
