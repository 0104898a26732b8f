using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using WellPath.TestSupport;
using static WellPath.Availability.Tests.Integration.ScheduleForms;

namespace WellPath.Availability.Tests.Integration;

[Collection(AvailabilityHostCollection.Name)]
public sealed class LocationRosterPagesTests(AvailabilityHost host)
{
    private static string? Windows(IHtmlDocument page, string date, Guid practitioner) =>
        page.QuerySelector($"[data-date='{date}'] [data-practitioner='{practitioner}'] [data-testid=roster-windows]")?.TextContent;

    private static List<string> Notes(IHtmlDocument page, string date, Guid practitioner) =>
        page.QuerySelectorAll($"[data-date='{date}'] [data-practitioner='{practitioner}'] [data-testid=roster-note]").Select(n => Text(n.TextContent)).ToList();

    /// <summary>Two practitioners: one with a split Monday, a Tuesday and a holiday; one with Monday afternoons and extra hours.</summary>
    private async Task<Clinic> RosteredClinicAsync()
    {
        var clinic = await host.ClinicAsync(practitioners: 2);
        var (first, second) = (clinic.PractitionerIds[0], clinic.PractitionerIds[1]);
        (await host.Admin().PutAsJsonAsync($"/api/v1/practitioners/{first}/weekly-schedule", new
        {
            rules = new object[]
            {
                new { weekday = "monday", locationId = clinic.LocationId, start = "09:00", end = "17:00", breaks = new[] { new { start = "12:00", end = "12:30" } } },
                new { weekday = "tuesday", locationId = clinic.LocationId, start = "10:00", end = "14:00", breaks = Array.Empty<object>() },
            },
        })).EnsureSuccessStatusCode();
        await host.ScheduleAsync(clinic, second, ("monday", "13:00", "18:00"));
        (await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{first}/exceptions",
            new { kind = "unavailable", reason = "holiday", start = "2027-03-02T00:00", end = "2027-03-03T00:00" })).EnsureSuccessStatusCode();
        (await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{second}/exceptions",
            new { kind = "available", reason = "other", locationId = clinic.LocationId, start = "2027-03-03T18:00", end = "2027-03-03T20:00" })).EnsureSuccessStatusCode();
        return clinic;
    }

    [Fact]
    public async Task The_week_shows_every_practitioners_windows_with_breaks_and_exceptions_applied()
    {
        var clinic = await RosteredClinicAsync();
        var (first, second) = (clinic.PractitionerIds[0], clinic.PractitionerIds[1]);
        var reception = await StaffBrowser.SignInAsync(host, "reception", clinic.LocationId);

        var page = await reception.DocumentAsync($"/staff/rosters/{clinic.LocationId}?week=2027-03-03");
        var next = await reception.DocumentAsync(page.QuerySelector("[data-testid=roster-next]")!.GetAttribute("href")!);

        Assert.Equal("Week of 1 March 2027", page.QuerySelector("[data-testid=roster-week]")!.TextContent);
        Assert.Equal(7, page.QuerySelectorAll("[data-testid=roster-day]").Length);
        Assert.Equal("09:00–12:00, 12:30–17:00", Windows(page, "2027-03-01", first));
        Assert.Equal("13:00–18:00", Windows(page, "2027-03-01", second));
        Assert.Equal("Not working", Windows(page, "2027-03-02", first));
        Assert.Equal(["Holiday, all day"], Notes(page, "2027-03-02", first));
        Assert.Equal("18:00–20:00", Windows(page, "2027-03-03", second));
        Assert.Equal(["Extra hours 18:00–20:00"], Notes(page, "2027-03-03", second));
        Assert.Null(page.QuerySelector($"[data-practitioner='{first}'] a"));
        Assert.Equal($"/staff/rosters/{clinic.LocationId}?week=2027-02-22", page.QuerySelector("[data-testid=roster-previous]")!.GetAttribute("href"));
        Assert.Equal("Week of 8 March 2027", next.QuerySelector("[data-testid=roster-week]")!.TextContent);
        Assert.Equal("10:00–14:00", Windows(next, "2027-03-09", first));
        Assert.Empty(Notes(next, "2027-03-09", first));
    }

    [Fact]
    public async Task Week_navigation_with_htmx_answers_only_the_roster_and_a_bad_week_is_refused_next_to_the_field()
    {
        var clinic = await RosteredClinicAsync();
        var manager = await StaffBrowser.SignInAsync(host, "clinic_manager", clinic.LocationId);

        var partial = await manager.HtmxGetAsync($"/staff/rosters/{clinic.LocationId}?week=2027-03-08");
        var bad = await manager.GetAsync($"/staff/rosters/{clinic.LocationId}?week=2027-02-30");
        var page = await manager.DocumentAsync($"/staff/rosters/{clinic.LocationId}?week=2027-03-01");

        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        var html = await partial.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        var fragment = await StaffBrowser.ParseAsync(partial);
        Assert.Equal("Week of 8 March 2027", fragment.QuerySelector("#location-roster [data-testid=roster-week]")!.TextContent);
        Assert.Equal("#location-roster", fragment.QuerySelector("[data-testid=roster-next]")!.GetAttribute("hx-target"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var refused = await StaffBrowser.ParseAsync(bad);
        Assert.Contains("YYYY-MM-DD", refused.QuerySelector("[data-testid=week-error]")!.TextContent);
        Assert.Equal("2027-02-30", refused.QuerySelector("[data-testid=roster-week-input]")!.GetAttribute("value"));
        Assert.Equal($"/staff/schedules/{clinic.PractitionerIds[0]}", page.QuerySelector($"[data-practitioner='{clinic.PractitionerIds[0]}'] a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("reception", true, HttpStatusCode.OK)]
    [InlineData("reception", false, HttpStatusCode.NotFound)]
    [InlineData("clinic_manager", true, HttpStatusCode.OK)]
    [InlineData("clinic_manager", false, HttpStatusCode.NotFound)]
    [InlineData("operations", false, HttpStatusCode.OK)]
    [InlineData("practitioner", true, HttpStatusCode.Forbidden)]
    public async Task The_roster_is_scoped_to_the_callers_locations(string role, bool atThisLocation, HttpStatusCode expected)
    {
        var clinic = await host.ClinicAsync();
        var elsewhere = await host.ClinicAsync();
        var caller = await host.StaffAsync(role, atThisLocation ? clinic.LocationId : elsewhere.LocationId);

        var response = await caller.GetAsync($"/staff/rosters/{clinic.LocationId}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_locations_list_and_the_schedules_list_link_to_the_rosters_in_scope()
    {
        var mine = await host.ClinicAsync();
        var theirs = await host.ClinicAsync();
        var manager = await StaffBrowser.SignInAsync(host, "clinic_manager", mine.LocationId);

        var locations = await manager.DocumentAsync("/staff/rosters");
        var schedules = await manager.DocumentAsync($"/staff/schedules?locationId={mine.LocationId}");

        var links = locations.QuerySelectorAll("[data-testid=roster-location]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/staff/rosters/{mine.LocationId}"], links);
        Assert.DoesNotContain($"/staff/rosters/{theirs.LocationId}", links);
        Assert.Equal($"/staff/rosters/{mine.LocationId}", schedules.QuerySelector("[data-testid=location-roster-link]")!.GetAttribute("href"));
    }
}
