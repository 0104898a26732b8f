using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WellPath.TestSupport;

namespace WellPath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ClinicServicesPageTests(BrowserHost host)
{
    [Fact]
    public async Task A_clinic_s_services_fit_a_phone_screen_without_script_or_policy_errors()
    {
        var (location, service) = await ArrangeClinicAsync();
        await using var browser = await host.OpenPageAsync(390, 844);
        var page = browser.Page;

        var response = await page.GotoAsync($"/clinics/{location}/services");

        Assert.Equal(200, response!.Status);
        Assert.Equal(["Massage therapy", "Physiotherapy"], await page.Locator("[data-testid=category] h2").AllInnerTextsAsync());
        var physio = page.GetByTestId("service").Filter(new() { HasText = "Initial physiotherapy" });
        Assert.Equal("£75.00", await physio.GetByTestId("price").InnerTextAsync());
        Assert.Equal($"/book?locationId={location}&serviceId={service}", await physio.GetByTestId("book").GetAttributeAsync("href"));
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The services page scrolls sideways on a phone ({scrollWidth}px wide).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "clinic-services-phone.png"), FullPage = true });
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task On_the_desktop_a_customer_goes_from_the_clinics_to_a_clinic_s_services()
    {
        var (location, _) = await ArrangeClinicAsync();
        await using var browser = await host.OpenPageAsync(1280, 800);
        var page = browser.Page;

        await page.GotoAsync("/clinics");
        await page.Locator($"a[href='/clinics/{location}/services']").First.ClickAsync();

        await page.WaitForURLAsync($"**/clinics/{location}/services");
        Assert.Contains("Harbourside", await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "clinic-services-desktop.png"), FullPage = true });
        Assert.Empty(browser.ConsoleErrors);
    }

    private async Task<(Guid Location, Guid Service)> ArrangeClinicAsync()
    {
        using var api = new HttpClient { BaseAddress = host.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        var location = await IdAsync(await api.PostAsJsonAsync("/api/v1/locations", new
        {
            name = $"WellPath Harbourside {Guid.NewGuid():N}",
            timeZone = "Europe/London",
            address = "14 Narrow Quay, Bristol BS1 4QA",
            openingHours = new Dictionary<string, string[][]> { ["monday"] = [["08:00", "12:00"], ["13:00", "18:00"]] },
        }));
        var service = await IdAsync(await api.PostAsJsonAsync("/api/v1/services", new
        {
            name = "Initial physiotherapy assessment with a rather long name that must wrap on a small phone screen",
            category = "Physiotherapy", durationMinutes = 60, priceCents = 7500, currency = "GBP", visibility = "public",
            locationIds = new[] { location }, practitionerIds = Array.Empty<Guid>(),
            prepNotes = "Wear loose, comfortable clothing and bring any scans or letters from your doctor.",
        }));
        await api.PostAsJsonAsync("/api/v1/services", new
        {
            name = "Sports massage", category = "Massage therapy", durationMinutes = 30, priceCents = 4000, currency = "GBP", visibility = "public",
            locationIds = new[] { location }, practitionerIds = Array.Empty<Guid>(),
        });
        return (location, service);
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
