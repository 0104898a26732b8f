using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using WellPath.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace WellPath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RescheduleFlowTests(BrowserHost host)
{
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    [Fact]
    public async Task On_a_phone_a_customer_moves_a_booking_to_another_day_through_the_manage_link()
    {
        var (_, booked) = await ArrangeBookingAsync(practitioners: 1);
        await using var browser = await host.OpenPageAsync(390, 844);
        var page = browser.Page;

        await page.GotoAsync($"/bookings/manage/{ManageToken(booked.Id)}");
        await Expect(page.GetByTestId("booking-reference")).ToHaveTextAsync(booked.Reference);
        await page.GetByTestId("reschedule-booking").ClickAsync();
        await page.WaitForURLAsync("**/reschedule", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.GetByTestId("reschedule-time").First).ToBeVisibleAsync();
        await AssertFitsAsync(page, "reschedule-picker");

        await page.EvaluateAsync("window.wellpathTestMark = true");
        var otherDay = page.Locator("a[data-testid=reschedule-day]:not([aria-current])").Last;
        var date = await otherDay.GetAttributeAsync("data-date");
        await otherDay.ClickAsync();
        await Expect(page.Locator($"[data-testid=reschedule-day][data-date='{date}']")).ToHaveAttributeAsync("aria-current", "date");
        await page.WaitForURLAsync($"**date={date}", new() { WaitUntil = WaitUntilState.Commit });
        Assert.True(await page.EvaluateAsync<bool>("window.wellpathTestMark === true"), "Choosing a day reloaded the page instead of swapping the times.");
        var time = page.GetByTestId("reschedule-time").First;
        var label = await time.InnerTextAsync();
        await time.ClickAsync();
        await page.WaitForURLAsync("**/reschedule/confirm?**", new() { WaitUntil = WaitUntilState.Commit });

        await Expect(page.GetByTestId("old-time")).ToContainTextAsync(booked.Hours);
        await Expect(page.GetByTestId("summary-when")).ToContainTextAsync(label);
        await Expect(page.GetByTestId("summary-when")).ToContainTextAsync("Europe/London");
        await Expect(page.GetByTestId("summary-policy")).ToContainTextAsync("free of charge");
        await AssertFitsAsync(page, "reschedule-confirm");
        await page.GetByTestId("confirm-reschedule").ClickAsync();

        await Expect(page.GetByTestId("moved-notice")).ToContainTextAsync(booked.Hours);
        Assert.DoesNotContain("/reschedule", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var newReference = await page.GetByTestId("booking-reference").InnerTextAsync();
        Assert.NotEqual(booked.Reference, newReference);
        await Expect(page.GetByTestId("summary-when")).ToContainTextAsync(label);
        await Expect(page.GetByTestId("booking-status-text")).ToHaveTextAsync("Confirmed");
        Assert.Equal("rescheduled", await StatusAsync(booked.Reference));
        Assert.Equal("confirmed", await StatusAsync(newReference));
        await AssertFitsAsync(page, "reschedule-moved");
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task On_desktop_reception_moves_an_appointment_from_the_day_list_to_another_practitioner()
    {
        var (clinic, booked) = await ArrangeBookingAsync(practitioners: 2);
        var desk = await StaffAccounts.CreateWithPasswordAsync(host, "reception", "Rita Reception", [clinic.LocationId]);
        var dayList = $"/reception?locationId={clinic.LocationId}&date={booked.Date}";
        await using var browser = await host.OpenPageAsync(1280, 900);
        var page = browser.Page;
        await page.GotoAsync($"/sign-in?returnUrl={Uri.EscapeDataString(dayList)}");
        await page.GetByLabel("Email").FillAsync(desk.Email);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/reception?locationId=*", new() { WaitUntil = WaitUntilState.Commit });

        await page.Locator($"[data-testid=appointment-row][data-reference='{booked.Reference}']").GetByTestId("reschedule-link").ClickAsync();
        await page.WaitForURLAsync("**/reschedule", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.GetByTestId("reschedule-current")).ToContainTextAsync(booked.Hours);
        await page.EvaluateAsync("window.wellpathTestMark = true");
        await page.GetByTestId("reschedule-practitioner").SelectOptionAsync(clinic.PractitionerIds[1].ToString());
        await Expect(page.Locator("#reschedule-times input[name=practitionerId]")).ToHaveValueAsync(clinic.PractitionerIds[1].ToString());
        Assert.True(await page.EvaluateAsync<bool>("window.wellpathTestMark === true"), "Choosing a practitioner reloaded the page.");
        var time = page.GetByTestId("reschedule-free-time").Last;
        var start = await time.GetAttributeAsync("value");
        await time.CheckAsync();
        await ScreenshotAsync(page, "reception-reschedule-desktop.png");
        await page.GetByTestId("reschedule-submit").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/reception\\?locationId=.*#appointment-"), new() { WaitUntil = WaitUntilState.Commit });

        var moved = page.Locator("[data-testid=appointment-row][data-status=confirmed]", new() { HasText = "Dr 1" });
        await Expect(moved).ToHaveCountAsync(1);
        await Expect(moved.GetByTestId("appointment-time")).ToContainTextAsync(start![11..16]);
        await Expect(page.Locator($"[data-testid=appointment-row][data-reference='{booked.Reference}']")).ToHaveAttributeAsync("data-status", "rescheduled");
        await ScreenshotAsync(page, "reception-rescheduled-desktop.png");
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>
    /// The manage link the confirmation page and mails carry, sealed by the running host's Data Protection keys. The
    /// purpose is pinned here on purpose: links already mailed stop working if it ever changes.
    /// </summary>
    private string ManageToken(Guid appointmentId) =>
        WebEncoders.Base64UrlEncode(host.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("WellPath.Appointments.ManageLink.v1").Protect(appointmentId.ToByteArray()));

    /// <summary>A clinic in London whose practitioners work every day 08:00-18:00, and tomorrow's first free time booked through the API with Dr 0.</summary>
    private async Task<(Clinic Clinic, Booked Booked)> ArrangeBookingAsync(int practitioners)
    {
        using var admin = new HttpClient { BaseAddress = host.BaseAddress };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        var clinic = await ClinicBuilder.CreateAsync(admin, practitioners: practitioners, duration: 45);
        foreach (var practitioner in clinic.PractitionerIds)
        {
            await ClinicBuilder.ScheduleAsync(admin, clinic, practitioner, [.. Days.Select(d => (d, "08:00", "18:00"))]);
        }
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var tomorrow = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var slots = await ClinicBuilder.ReadAsync(await admin.GetAsync(
            $"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from={tomorrow}&to={tomorrow}&practitionerId={clinic.PractitionerIds[0]}"));
        var slot = slots.GetProperty("slots")[0];
        var booked = await ClinicBuilder.ReadAsync(await admin.PostAsJsonAsync("/api/v1/appointments", new
        {
            serviceId = clinic.ServiceId, locationId = clinic.LocationId, start = slot.GetProperty("start").GetString(), practitionerId = clinic.PractitionerIds[0],
            customer = new { name = "Mo Mover", email = $"mo-{Guid.NewGuid().ToString("N")[..8]}@patients.test" },
        }));
        var start = DateTimeOffset.Parse(booked.GetProperty("start").GetString()!, CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(booked.GetProperty("end").GetString()!, CultureInfo.InvariantCulture);
        return (clinic, new Booked(booked.GetProperty("id").GetGuid(), booked.GetProperty("reference").GetString()!, tomorrow, $"{start:HH:mm}–{end:HH:mm}"));
    }

    private async Task<string> StatusAsync(string reference)
    {
        await using var connection = await host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>("select status from appointments.appointments where reference = @reference", new { reference }) ?? "none";
    }

    private static async Task AssertFitsAsync(IPage page, string name)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"{name} scrolls sideways on a phone ({scrollWidth}px wide).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, $"{name}-phone.png"), FullPage = true });
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 1280, $"{page.Url} scrolls sideways ({scrollWidth}px wide).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, name), FullPage = true });
    }

    private sealed record Booked(Guid Id, string Reference, string Date, string Hours);
}
