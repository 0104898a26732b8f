using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WellPath.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace WellPath.Browser.Tests;

/// <summary>The staff schedule screens on a phone, as an admin signed in with the admin's bearer token.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScheduleScreensTests(BrowserHost host)
{
    private const int Width = 390;
    private const int Height = 844;

    [Fact]
    public async Task On_a_phone_a_shorter_day_lists_the_appointment_it_leaves_outside_and_save_anyway_saves_it_in_place()
    {
        var clinic = await ArrangeAsync();
        var reference = await BookAsync(clinic, "2027-03-01T14:00:00+00:00");
        await using var browser = await AdminPageAsync();
        var page = browser.Page;
        await page.GotoAsync($"/staff/schedules/{clinic.PractitionerId}");
        var pageLoads = 0;
        page.Load += (_, _) => pageLoads++;

        await page.Locator("#week-form [data-testid=week-row]").First.Locator("input[name=end]").FillAsync("12:00");
        await page.GetByTestId("save-week").ClickAsync();

        var warning = page.GetByTestId("conflict-warning");
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning.GetByTestId("conflict-reference")).ToHaveTextAsync(reference);
        await Expect(warning.GetByTestId("conflict-when")).ToHaveTextAsync("Mon 1 Mar 2027 14:00–15:00");
        await Expect(page.Locator("#roster-grid [data-weekday=monday] [data-testid=roster-rule]")).ToContainTextAsync("09:00–17:00");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"The warning scrolls sideways on a phone ({scrollWidth}px wide).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "schedule-conflict-warning-phone.png"), FullPage = true });

        await warning.GetByTestId("save-anyway").ClickAsync();

        await Expect(page.GetByTestId("schedule-notice")).ToHaveTextAsync("The weekly schedule was saved.");
        await Expect(page.Locator("#roster-grid [data-weekday=monday] [data-testid=roster-rule]")).ToContainTextAsync("09:00–12:00");
        await Expect(page.GetByTestId("conflict-warning")).ToHaveCountAsync(0);
        Assert.Equal(0, pageLoads);
        // The warning answers 409 on purpose, and the browser reports that status; nothing else may go wrong.
        Assert.All(browser.ConsoleErrors, e => Assert.Contains("409", e));
    }

    [Fact]
    public async Task On_a_phone_removing_extra_hours_lists_the_appointment_in_them_and_save_anyway_removes_them_in_place()
    {
        var clinic = await ArrangeAsync();
        using (var api = Api())
        {
            await ClinicBuilder.ReadAsync(await api.PostAsJsonAsync($"/api/v1/practitioners/{clinic.PractitionerId}/exceptions", new
            {
                kind = "available", reason = "other", locationId = clinic.LocationId, start = "2027-03-01T17:00", end = "2027-03-01T19:00",
            }));
        }
        var reference = await BookAsync(clinic, "2027-03-01T17:00:00+00:00");
        await using var browser = await AdminPageAsync();
        var page = browser.Page;
        await page.GotoAsync($"/staff/schedules/{clinic.PractitionerId}");
        var pageLoads = 0;
        page.Load += (_, _) => pageLoads++;

        await page.GetByTestId("remove-exception").ClickAsync();

        var warning = page.GetByTestId("removal-warning");
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning.GetByTestId("conflict-reference")).ToHaveTextAsync(reference);
        await Expect(warning.GetByTestId("conflict-when")).ToHaveTextAsync("Mon 1 Mar 2027 17:00–18:00");
        await Expect(page.GetByTestId("exception-row")).ToHaveCountAsync(1);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"The removal warning scrolls sideways on a phone ({scrollWidth}px wide).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "exception-removal-warning-phone.png"), FullPage = true });

        await warning.GetByTestId("save-anyway").ClickAsync();

        await Expect(page.GetByTestId("schedule-notice")).ToHaveTextAsync("The exception was removed.");
        await Expect(page.GetByTestId("exceptions-none")).ToBeVisibleAsync();
        Assert.Equal(0, pageLoads);
        Assert.All(browser.ConsoleErrors, e => Assert.Contains("409", e));
    }

    [Fact]
    public async Task On_a_phone_the_location_roster_moves_to_the_next_week_without_a_page_load()
    {
        var clinic = await ArrangeAsync();
        await using var browser = await AdminPageAsync();
        var page = browser.Page;
        var response = await page.GotoAsync($"/staff/rosters/{clinic.LocationId}?week=2027-03-01");
        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("[data-date='2027-03-01'] [data-testid=roster-windows]")).ToHaveTextAsync("09:00–17:00");
        await page.EvaluateAsync("window.wellpathTestMark = true");

        await page.GetByTestId("roster-next").ClickAsync();

        await Expect(page.GetByTestId("roster-week")).ToHaveTextAsync("Week of 8 March 2027");
        await Expect(page.Locator("[data-date='2027-03-08'] [data-testid=roster-windows]")).ToHaveTextAsync("09:00–17:00");
        Assert.True(await page.EvaluateAsync<bool>("window.wellpathTestMark === true"), "Moving to the next week reloaded the page.");
        Assert.Contains("week=2027-03-08", page.Url);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"The roster scrolls sideways on a phone ({scrollWidth}px wide).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "location-roster-phone.png"), FullPage = true });
        Assert.Empty(browser.ConsoleErrors);
    }

    private async Task<BrowserPage> AdminPageAsync()
    {
        var browser = await host.OpenPageAsync(Width, Height);
        await browser.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Authorization"] = $"Bearer {WellPathFactory.AdminToken}" });
        return browser;
    }

    private HttpClient Api()
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        return client;
    }

    /// <summary>A London clinic (open 07:00-21:00) with one practitioner working Mondays 09:00-17:00 and an hour-long public service.</summary>
    private async Task<(Guid LocationId, Guid PractitionerId, Guid ServiceId)> ArrangeAsync()
    {
        using var api = Api();
        var clinic = await ClinicBuilder.CreateAsync(api, duration: 60);
        await ClinicBuilder.ScheduleAsync(api, clinic, clinic.PractitionerIds[0], ("monday", "09:00", "17:00"));
        return (clinic.LocationId, clinic.PractitionerIds[0], clinic.ServiceId);
    }

    private async Task<string> BookAsync((Guid LocationId, Guid PractitionerId, Guid ServiceId) clinic, string start)
    {
        using var api = Api();
        var booked = await ClinicBuilder.ReadAsync(await api.PostAsJsonAsync("/api/v1/appointments", new
        {
            serviceId = clinic.ServiceId, locationId = clinic.LocationId, start, practitionerId = clinic.PractitionerId,
            customer = new { name = "Ada Lovelace", email = $"ada-{Guid.NewGuid():N}@patients.test" },
        }));
        return booked.GetProperty("reference").GetString()!;
    }
}
