using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WellPath.TestSupport;

namespace WellPath.Browser.Tests;

/// <summary>The catalog admin screens as the admin sees them, signed in with the admin's bearer token.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogAdminScreensTests(BrowserHost host)
{
    [Fact]
    public async Task On_the_desktop_inverted_hours_are_refused_next_to_the_day_without_a_page_load()
    {
        var location = await ArrangeLocationAsync();
        await using var browser = await AdminPageAsync(1280, 900);
        var page = browser.Page;
        await page.GotoAsync($"/admin/catalog/locations/{location}");
        var pageLoads = 0;
        page.Load += (_, _) => pageLoads++;

        await page.GetByLabel("Monday opens", new() { Exact = true }).FillAsync("18:00");
        await page.GetByLabel("Monday closes", new() { Exact = true }).FillAsync("08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save location" }).ClickAsync();

        var error = page.Locator("[data-testid=hours-monday] + tr [data-testid=field-error]");
        await error.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Contains("closes after it opens", await error.InnerTextAsync());
        Assert.Equal(0, pageLoads);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "catalog-location-editor-desktop.png"), FullPage = true });
        // The refused form answers 422 on purpose, and the browser reports that status; nothing else may go wrong.
        Assert.All(browser.ConsoleErrors, e => Assert.Contains("422", e));
    }

    [Fact]
    public async Task On_a_phone_the_location_list_and_editor_fit_the_screen()
    {
        var location = await ArrangeLocationAsync();
        await using var browser = await AdminPageAsync(390, 844);
        var page = browser.Page;

        foreach (var path in new[] { "/admin/catalog/locations", $"/admin/catalog/locations/{location}", "/admin/catalog/services" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 390, $"{path} scrolls sideways on a phone ({scrollWidth}px wide).");
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "catalog-services-admin-phone.png"), FullPage = true });
        Assert.Empty(browser.ConsoleErrors);
    }

    private async Task<BrowserPage> AdminPageAsync(int width, int height)
    {
        var browser = await host.OpenPageAsync(width, height);
        await browser.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Authorization"] = $"Bearer {WellPathFactory.AdminToken}" });
        return browser;
    }

    private async Task<Guid> ArrangeLocationAsync()
    {
        using var api = new HttpClient { BaseAddress = host.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        var response = await api.PostAsJsonAsync("/api/v1/locations", new
        {
            name = "WellPath Admin Test Clinic",
            timeZone = "Europe/London",
            openingHours = new Dictionary<string, string[][]> { ["monday"] = [["08:00", "18:00"]] },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
