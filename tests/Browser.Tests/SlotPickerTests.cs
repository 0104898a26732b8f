using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WellPath.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace WellPath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SlotPickerTests(BrowserHost host)
{
    [Fact]
    public async Task On_a_phone_picking_a_day_swaps_in_its_times_without_a_page_load()
    {
        var (serviceId, locationId) = await ClinicAsync();
        await using var browser = await host.OpenPageAsync(390, 844);
        var page = browser.Page;
        var response = await page.GotoAsync($"/book/slots?serviceId={serviceId}&locationId={locationId}&date=2027-03-01");
        Assert.Equal(200, response!.Status);
        await Expect(page.GetByTestId("picker-time").First).ToHaveTextAsync("09:00");
        await page.EvaluateAsync("window.wellpathTestMark = true");

        await page.Locator("a[data-testid=picker-day][data-date='2027-03-02']").ClickAsync();

        await Expect(page.GetByTestId("picker-date")).ToContainTextAsync("Tuesday 2 March 2027");
        await Expect(page.GetByTestId("picker-time").First).ToHaveTextAsync("14:00");
        Assert.True(await page.EvaluateAsync<bool>("window.wellpathTestMark === true"), "Picking a day reloaded the page.");
        Assert.Contains("date=2027-03-02", page.Url);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The picker scrolls sideways on a phone ({scrollWidth}px wide).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "slot-picker-phone.png"), FullPage = true });
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>A live London clinic, one practitioner working Monday mornings and Tuesday afternoons, a public service.</summary>
    private async Task<(Guid ServiceId, Guid LocationId)> ClinicAsync()
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        var location = await ReadIdAsync(await client.PostAsJsonAsync("/api/v1/locations", new
        {
            name = $"Picker clinic {Guid.NewGuid():N}"[..24], timeZone = "Europe/London", live = true,
            openingHours = days.ToDictionary(d => d, _ => new[] { new[] { "07:00", "21:00" } }),
        }));
        var practitioner = await ReadIdAsync(await client.PostAsJsonAsync("/api/v1/practitioners", new { name = "Dr Picker", locationIds = new[] { location } }));
        var service = await ReadIdAsync(await client.PostAsJsonAsync("/api/v1/services", new
        {
            name = "Massage", durationMinutes = 30, priceCents = 5000, currency = "GBP",
            locationIds = new[] { location }, practitionerIds = new[] { practitioner }, visibility = "public", maxAdvanceDays = 730,
        }));
        var schedule = await client.PutAsJsonAsync($"/api/v1/practitioners/{practitioner}/weekly-schedule", new
        {
            rules = new[]
            {
                new { weekday = "monday", locationId = location, start = "09:00", end = "12:00", breaks = Array.Empty<object>() },
                new { weekday = "tuesday", locationId = location, start = "14:00", end = "18:00", breaks = Array.Empty<object>() },
            },
        });
        schedule.EnsureSuccessStatusCode();
        return (service, location);
    }

    private static async Task<Guid> ReadIdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
