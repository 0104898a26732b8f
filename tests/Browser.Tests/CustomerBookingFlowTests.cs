using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using WellPath.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace WellPath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CustomerBookingFlowTests(BrowserHost host)
{
    private const string Address = "14 Narrow Quay, Bristol BS1 4QA";
    private const string PrepNotes = "Wear loose, comfortable clothing.";

    [Fact]
    public async Task On_a_phone_a_customer_books_from_the_services_page_to_the_confirmation_and_cancels_through_the_manage_link()
    {
        var location = await ArrangeClinicAsync();
        await using var browser = await host.OpenPageAsync(390, 844);
        var page = browser.Page;

        var time = await PickFirstTimeAsync(page, location, "choose-anyone");

        await Expect(page.GetByTestId("summary-when")).ToContainTextAsync(time);
        await page.Locator("#booking-name").FillAsync("Ada Lovelace");
        await page.Locator("#booking-email").FillAsync($"ada-{Guid.NewGuid():N}@patients.test");
        await page.Locator("#booking-phone").FillAsync("+44 117 496 0000");
        await AssertFitsAsync(page, "book-details");
        await page.GetByTestId("book-submit").ClickAsync();
        await page.WaitForURLAsync("**/book/confirmed/**", new() { WaitUntil = WaitUntilState.Commit });

        await Expect(page.GetByTestId("confirmation-heading")).ToHaveTextAsync("You are booked");
        var reference = await page.GetByTestId("booking-reference").InnerTextAsync();
        Assert.Equal("confirmed", await StatusAsync(reference));
        await Expect(page.GetByTestId("booking-status-text")).ToHaveTextAsync("Confirmed");
        await Expect(page.GetByTestId("summary-when")).ToContainTextAsync(time);
        await Expect(page.GetByTestId("summary-when")).ToContainTextAsync("Europe/London");
        await Expect(page.GetByTestId("summary-address")).ToHaveTextAsync(Address);
        await Expect(page.GetByTestId("summary-prep-notes")).ToHaveTextAsync(PrepNotes);
        await Expect(page.GetByTestId("summary-policy")).ToContainTextAsync("up to 24 hours before");
        await AssertFitsAsync(page, "book-confirmed");

        await page.GetByTestId("manage-link").ClickAsync();
        await page.WaitForURLAsync("**/bookings/manage/**", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.GetByTestId("booking-reference")).ToHaveTextAsync(reference);
        await page.GetByTestId("cancel-booking").ClickAsync();
        await page.WaitForURLAsync("**/cancel", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("#cancel-reason").SelectOptionAsync("customer_request");
        await AssertFitsAsync(page, "book-cancel");
        await page.GetByTestId("confirm-cancel").ClickAsync();

        await Expect(page.GetByTestId("booking-status-text")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Cancelled"));
        Assert.False(new Uri(page.Url).AbsolutePath.EndsWith("/cancel", StringComparison.Ordinal), $"After cancelling the browser shows {page.Url}, not the booking.");
        Assert.Equal("cancelled", await StatusAsync(reference));
        await AssertFitsAsync(page, "book-cancelled");
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task A_time_taken_while_typing_offers_the_nearest_free_times_and_books_one_with_the_details_kept()
    {
        var location = await ArrangeClinicAsync();
        await using var browser = await host.OpenPageAsync(390, 844);
        var page = browser.Page;
        await PickFirstTimeAsync(page, location, "choose-practitioner");
        var email = $"grace-{Guid.NewGuid():N}@patients.test";
        await page.Locator("#booking-name").FillAsync("Grace Hopper");
        await page.Locator("#booking-email").FillAsync(email);
        await TakeAsync(page);

        await page.GetByTestId("book-submit").ClickAsync();

        await Expect(page.GetByTestId("taken-notice")).ToBeVisibleAsync();
        await Expect(page.Locator("#booking-email")).ToHaveValueAsync(email);
        await AssertFitsAsync(page, "book-taken");
        var nearest = page.GetByTestId("nearest-time").First;
        var label = await nearest.InnerTextAsync();
        await nearest.ClickAsync();
        await Expect(page.GetByTestId("summary-when")).ToContainTextAsync(label[(label.IndexOf(',', StringComparison.Ordinal) + 2)..]);
        await Expect(page.Locator("#booking-name")).ToHaveValueAsync("Grace Hopper");
        await page.GetByTestId("book-submit").ClickAsync();
        await page.WaitForURLAsync("**/book/confirmed/**", new() { WaitUntil = WaitUntilState.Commit });

        await Expect(page.GetByTestId("booking-status-text")).ToHaveTextAsync("Confirmed");
        Assert.Equal("confirmed", await StatusAsync(await page.GetByTestId("booking-reference").InnerTextAsync()));
        // The 409 itself is expected (the browser logs it twice); nothing else may go wrong, a CSP refusal included.
        Assert.All(browser.ConsoleErrors, error => Assert.Contains("409", error, StringComparison.Ordinal));
    }

    /// <summary>Someone else books the time on the page through the API, with the same practitioner, while the customer types.</summary>
    private async Task TakeAsync(IPage page)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        using var api = new HttpClient { BaseAddress = host.BaseAddress };
        var taken = await api.PostAsJsonAsync("/api/v1/appointments", new
        {
            serviceId = Guid.Parse(query["serviceId"]!), locationId = Guid.Parse(query["locationId"]!), start = query["start"],
            practitionerId = Guid.Parse(query["practitionerId"]!), customer = new { name = "Quick Booker", email = "quick@patients.test" },
        });
        Assert.True(taken.IsSuccessStatusCode, await taken.Content.ReadAsStringAsync());
    }

    /// <summary>From the clinic's services page through "Book", a practitioner choice and the picker's first free time to the details page.</summary>
    private static async Task<string> PickFirstTimeAsync(IPage page, Guid location, string choice)
    {
        await page.GotoAsync($"/clinics/{location}/services");
        await page.GetByTestId("book").ClickAsync();
        await page.WaitForURLAsync("**/book?**", new() { WaitUntil = WaitUntilState.Commit });
        await AssertFitsAsync(page, "book-practitioner");
        await page.GetByTestId(choice).First.ClickAsync();
        await page.WaitForURLAsync("**/book/slots?**", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("a[data-testid=picker-day]").First.ClickAsync();
        var firstTime = page.GetByTestId("picker-time").First;
        await Expect(firstTime).ToBeVisibleAsync();
        var time = await firstTime.InnerTextAsync();
        await firstTime.ClickAsync();
        await page.WaitForURLAsync("**/book/details?**", new() { WaitUntil = WaitUntilState.Commit });
        return time;
    }

    private static async Task AssertFitsAsync(IPage page, string name)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"{name} scrolls sideways on a phone ({scrollWidth}px wide).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, $"{name}-phone.png"), FullPage = true });
    }

    private async Task<string> StatusAsync(string reference)
    {
        await using var connection = await host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>("select status from appointments.appointments where reference = @reference", new { reference }) ?? "none";
    }

    /// <summary>A live clinic open every day, two practitioners working every day, a public service with notes and two hours' notice.</summary>
    private async Task<Guid> ArrangeClinicAsync()
    {
        using var api = new HttpClient { BaseAddress = host.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        var location = await IdAsync(await api.PostAsJsonAsync("/api/v1/locations", new
        {
            name = $"Quayside {Guid.NewGuid():N}"[..18], timeZone = "Europe/London", address = Address, live = true,
            openingHours = days.ToDictionary(d => d, _ => new[] { new[] { "07:00", "21:00" } }),
        }));
        var practitioners = new List<Guid>();
        foreach (var name in new[] { "Dr Rivers", "Dr Stone" })
        {
            practitioners.Add(await IdAsync(await api.PostAsJsonAsync("/api/v1/practitioners", new { name, locationIds = new[] { location } })));
        }
        await IdAsync(await api.PostAsJsonAsync("/api/v1/services", new
        {
            name = "Sports massage", category = "Massage therapy", durationMinutes = 45, priceCents = 5500, currency = "GBP", visibility = "public",
            locationIds = new[] { location }, practitionerIds = practitioners, prepNotes = PrepNotes, minNoticeMinutes = 120, maxAdvanceDays = 60,
        }));
        foreach (var practitioner in practitioners)
        {
            var schedule = await api.PutAsJsonAsync($"/api/v1/practitioners/{practitioner}/weekly-schedule", new
            {
                rules = days.Select(d => new { weekday = d, locationId = location, start = "08:00", end = "18:00", breaks = Array.Empty<object>() }),
            });
            Assert.True(schedule.IsSuccessStatusCode, await schedule.Content.ReadAsStringAsync());
        }
        return location;
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
