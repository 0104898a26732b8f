using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using static WellPath.Catalog.Tests.Integration.Problems;

namespace WellPath.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class ClinicPagesTests(CatalogHost host)
{
    [Fact]
    public async Task The_clinics_page_lists_live_clinics_only()
    {
        var live = await host.CreateLocationAsync(name: $"Live clinic {Guid.NewGuid():N}");
        var notLive = await host.CreateLocationAsync(live: false);

        var page = await PageAsync("/clinics");

        Assert.NotNull(page.QuerySelector($"a[href='/clinics/{live}/services']"));
        Assert.Null(page.QuerySelector($"a[href='/clinics/{notLive}/services']"));
    }

    [Fact]
    public async Task A_clinic_s_services_page_groups_bookable_services_by_category_with_price_duration_notes_and_policy()
    {
        var location = await host.CreateLocationAsync();
        var massage = (await host.CreateServiceAsync(CatalogBodies.Service([location], []) with
        {
            name = "Deep tissue massage", category = "Massage therapy", durationMinutes = 75, priceCents = 7050, prepNotes = "Avoid a heavy meal.",
            cancellationWindowHours = 48,
        })).GetProperty("id").GetGuid();
        await host.CreateServiceAsync(CatalogBodies.Service([location], []) with { name = "Physio follow-up", category = "Physiotherapy", durationMinutes = 30, priceCents = 5000 });
        await host.CreateServiceAsync(CatalogBodies.Service([location], []) with { name = "Staff-only review", category = "Physiotherapy", visibility = "internal" });
        await host.CreateServiceAsync(CatalogBodies.Service([location], []) with { name = "Retired treatment", category = "Physiotherapy", visibility = "inactive" });
        await host.CreateServiceAsync(CatalogBodies.Service([location], []) with
        {
            name = "Summer special", category = "Massage therapy", visibility = "seasonal", seasonStart = "2020-06-01", seasonEnd = "2020-08-31",
        });

        var page = await PageAsync($"/clinics/{location}/services");

        Assert.Equal(["Massage therapy", "Physiotherapy"], page.QuerySelectorAll("[data-testid=category] h2").Select(h => h.TextContent));
        Assert.Equal(["Deep tissue massage", "Physio follow-up"], page.QuerySelectorAll("[data-testid=service] h3").Select(h => h.TextContent));
        var first = page.QuerySelector("[data-testid=service]")!;
        Assert.Equal("£70.50", first.QuerySelector("[data-testid=price]")!.TextContent);
        Assert.Equal("1 hour 15 minutes", first.QuerySelector("[data-testid=duration]")!.TextContent);
        Assert.Equal("Avoid a heavy meal.", first.QuerySelector("[data-testid=prep-notes]")!.TextContent);
        Assert.Contains("up to 2 days before", first.QuerySelector("[data-testid=cancellation]")!.TextContent);
        Assert.Equal($"/book?locationId={location}&serviceId={massage}", first.QuerySelector("[data-testid=book]")!.GetAttribute("href"));
        Assert.DoesNotContain("Staff-only review", page.Body!.TextContent);
        Assert.DoesNotContain("Retired treatment", page.Body.TextContent);
        Assert.DoesNotContain("Summer special", page.Body.TextContent);
    }

    [Fact]
    public async Task Names_and_notes_are_html_escaped()
    {
        var location = await host.CreateLocationAsync(name: "<b>Bold</b> clinic");
        await host.CreateServiceAsync(CatalogBodies.Service([location], []) with { name = "<script>alert(1)</script>", prepNotes = "<img src=x onerror=alert(2)>" });

        var response = await host.Anonymous().GetAsync($"/clinics/{location}/services");
        var html = await response.Content.ReadAsStringAsync();

        AssertStatus(HttpStatusCode.OK, response);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>Bold</b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task A_clinic_that_is_not_live_or_does_not_exist_is_not_found()
    {
        var notLive = await host.CreateLocationAsync(live: false);

        AssertStatus(HttpStatusCode.NotFound, await host.Anonymous().GetAsync($"/clinics/{notLive}/services"));
        AssertStatus(HttpStatusCode.NotFound, await host.Admin().GetAsync($"/clinics/{notLive}/services"));
        AssertStatus(HttpStatusCode.NotFound, await host.Anonymous().GetAsync($"/clinics/{Guid.NewGuid()}/services"));
    }

    private async Task<IHtmlDocument> PageAsync(string path)
    {
        var response = await host.Anonymous().GetAsync(path);
        AssertStatus(HttpStatusCode.OK, response);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
