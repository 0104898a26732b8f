using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WellPath.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace WellPath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReceptionDeskTests(BrowserHost host)
{
    [Fact]
    public async Task Reception_books_a_phone_caller_for_today_then_checks_them_in_and_completes_on_desktop_and_phone()
    {
        var (locationId, serviceId, _) = await ClinicOpenNowAsync();
        var desk = await StaffAccounts.CreateWithPasswordAsync(host, "reception", "Rita Reception", [locationId]);
        await using var browser = await host.OpenPageAsync(1280, 900);
        var page = browser.Page;

        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email").FillAsync(desk.Email);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/account", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByTestId("nav-reception").ClickAsync();
        await page.WaitForURLAsync("**/reception", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByTestId("reception-book").ClickAsync();
        await page.WaitForURLAsync("**/reception/book", new() { WaitUntil = WaitUntilState.Commit });

        await page.GetByTestId("book-service").SelectOptionAsync(serviceId.ToString());
        await Expect(page.GetByTestId("book-time").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, 1280, "reception-book-times-desktop.png");
        await page.GetByTestId("book-time").First.ClickAsync();
        await page.WaitForURLAsync("**/reception/book/details?**", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByTestId("customer-name").FillAsync("Phoebe Caller");
        await page.GetByTestId("customer-email").FillAsync($"phoebe-{Guid.NewGuid():N}@patients.test");
        await page.GetByTestId("customer-phone").FillAsync("+44 20 7946 0111");
        Assert.Equal("phone", await page.GetByTestId("book-source").InputValueAsync());
        await ScreenshotAsync(page, 1280, "reception-book-details-desktop.png");
        await page.GetByTestId("book-submit").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/reception/book/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
        var reference = await page.GetByTestId("booked-reference").InnerTextAsync();
        Assert.Equal("Phone", await page.GetByTestId("booked-source").InnerTextAsync());

        await page.GetByTestId("booked-day-list").ClickAsync();
        await page.WaitForURLAsync("**/reception?locationId=*", new() { WaitUntil = WaitUntilState.Commit });
        var row = page.Locator($"[data-testid=appointment-row][data-reference='{reference}']");
        await Expect(row.GetByTestId("appointment-customer")).ToHaveTextAsync("Phoebe Caller");
        await page.EvaluateAsync("window.wellpathTestMark = true");
        await row.GetByTestId("action-check-in").ClickAsync();
        await Expect(row.GetByTestId("appointment-status")).ToHaveTextAsync("Checked in");
        Assert.True(await page.EvaluateAsync<bool>("window.wellpathTestMark === true"), "Checking in reloaded the page.");
        await ScreenshotAsync(page, 1280, "reception-day-list-desktop.png");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Expect(row.GetByTestId("action-complete")).ToBeVisibleAsync();
        await ScreenshotAsync(page, 390, "reception-day-list-phone.png");
        await row.GetByTestId("action-complete").ClickAsync();
        await Expect(row.GetByTestId("appointment-status")).ToHaveTextAsync("Completed");
        await Expect(row.GetByTestId("row-notice")).ToHaveTextAsync("Completed.");
        Assert.Equal(0, await row.Locator("button[data-testid^=action-]").CountAsync());
        await ScreenshotAsync(page, 390, "reception-day-list-phone-completed.png");
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task Cancelling_from_the_day_list_asks_first_and_sends_the_reason_picked_beside_the_button()
    {
        var (locationId, serviceId, today) = await ClinicOpenNowAsync();
        var desk = await StaffAccounts.CreateWithPasswordAsync(host, "reception", "Rita Reception", [locationId]);
        var reference = await BookNowAsync(locationId, serviceId, today);
        await using var browser = await host.OpenPageAsync(1280, 900);
        var page = browser.Page;
        await SignInToTheDayListAsync(page, desk);
        string? question = null;
        page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };

        var row = page.Locator($"[data-testid=appointment-row][data-reference='{reference}']");
        await row.GetByTestId("cancel-reason").SelectOptionAsync("illness");
        await row.GetByTestId("action-cancel").ClickAsync();

        await Expect(row.GetByTestId("appointment-status")).ToHaveTextAsync("Cancelled");
        await Expect(row).ToContainTextAsync("Illness");
        Assert.Equal("Cancel this appointment?", question);
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task A_long_email_wraps_in_the_day_list_and_an_answer_with_nothing_to_show_is_reported_above_the_list()
    {
        var (locationId, serviceId, today) = await ClinicOpenNowAsync();
        var desk = await StaffAccounts.CreateWithPasswordAsync(host, "reception", "Rita Reception", [locationId]);
        var email = $"{new string('a', 48)}.{Guid.NewGuid():N}@a-rather-long-domain-name-of-a-patient-portal.example";
        var reference = await BookNowAsync(locationId, serviceId, today, email);
        await using var browser = await host.OpenPageAsync(1280, 900);
        var page = browser.Page;
        await SignInToTheDayListAsync(page, desk);

        var row = page.Locator($"[data-testid=appointment-row][data-reference='{reference}']");
        await Expect(row).ToContainTextAsync(email);
        await ScreenshotAsync(page, 1280, "reception-day-list-long-email.png");
        await Expect(page.GetByTestId("request-error")).ToBeHiddenAsync();

        // An appointment that is not there (another location's, or gone): the answer has no fragment to swap in.
        await page.EvaluateAsync($"htmx.ajax('POST', '/reception/appointments/{Guid.NewGuid()}/status', {{ target: '#main', values: {{ action: 'check-in' }} }})");

        await Expect(page.GetByTestId("request-error")).ToHaveTextAsync("That is no longer there. Reload the page to see what is.");
        await Expect(row).ToBeVisibleAsync();
    }

    private static async Task SignInToTheDayListAsync(IPage page, StaffAccount desk)
    {
        await page.GotoAsync($"/sign-in?returnUrl={Uri.EscapeDataString("/reception")}");
        await page.GetByLabel("Email").FillAsync(desk.Email);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/reception", new() { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>Books the first free time today through the API, as a phone system would.</summary>
    private async Task<string> BookNowAsync(Guid locationId, Guid serviceId, string today, string? email = null)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        var slots = await client.GetFromJsonAsync<JsonElement>($"/api/v1/slots?serviceId={serviceId}&locationId={locationId}&from={today}&to={today}");
        var start = slots.GetProperty("slots")[0].GetProperty("start").GetString();
        var booked = await client.PostAsJsonAsync("/api/v1/appointments", new
        {
            serviceId, locationId, start, customer = new { name = "Cecil Cancel", email = email ?? $"cecil-{Guid.NewGuid():N}@patients.test" },
        });
        booked.EnsureSuccessStatusCode();
        return (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    private static async Task ScreenshotAsync(IPage page, int width, string name)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} scrolls sideways ({scrollWidth}px wide on a {width}px screen).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, name), FullPage = true });
    }

    /// <summary>
    /// A clinic where it is about ten in the morning now, whenever the test runs, so that today has free times left:
    /// a fixed-offset zone (Etc/GMT-N is UTC+N) chosen from the current UTC hour, open and staffed all day.
    /// </summary>
    private async Task<(Guid LocationId, Guid ServiceId, string Today)> ClinicOpenNowAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var offset = 10 - now.Hour;
        offset = offset < -12 ? offset + 24 : offset;
        var zone = offset == 0 ? "Etc/GMT" : $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}";
        var local = now.ToOffset(TimeSpan.FromHours(offset));
        var weekday = local.DayOfWeek.ToString().ToLower(CultureInfo.InvariantCulture);
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        var location = await IdAsync(await client.PostAsJsonAsync("/api/v1/locations", new
        {
            name = $"Desk clinic {Guid.NewGuid():N}"[..22], timeZone = zone, live = true,
            openingHours = days.ToDictionary(d => d, _ => new[] { new[] { "06:00", "22:00" } }),
        }));
        var practitioner = await IdAsync(await client.PostAsJsonAsync("/api/v1/practitioners", new { name = "Dr Desk", locationIds = new[] { location } }));
        var service = await IdAsync(await client.PostAsJsonAsync("/api/v1/services", new
        {
            name = "Sports massage", durationMinutes = 30, priceCents = 5000, currency = "GBP",
            locationIds = new[] { location }, practitionerIds = new[] { practitioner }, visibility = "public",
        }));
        var schedule = await client.PutAsJsonAsync($"/api/v1/practitioners/{practitioner}/weekly-schedule", new
        {
            rules = new[] { new { weekday, locationId = location, start = "06:00", end = "22:00", breaks = Array.Empty<object>() } },
        });
        schedule.EnsureSuccessStatusCode();
        return (location, service, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
