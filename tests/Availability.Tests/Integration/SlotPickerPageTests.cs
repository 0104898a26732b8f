using WellPath.TestSupport;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NodaTime;

namespace WellPath.Availability.Tests.Integration;

[Collection(AvailabilityHostCollection.Name)]
public sealed class SlotPickerPageTests(AvailabilityHost host)
{
    private static readonly string[] Week = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static string Picker(Clinic clinic, string? date = null, Guid? practitionerId = null) =>
        $"/book/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}" + (date is null ? "" : $"&date={date}") + (practitionerId is { } p ? $"&practitionerId={p}" : "");

    private async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url, bool htmx = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        var response = await host.Anonymous().SendAsync(request);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private static List<string> Times(IHtmlDocument document, string group) =>
        document.QuerySelectorAll($"[data-group={group}] [data-testid=picker-time]").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Free_times_are_grouped_into_morning_afternoon_and_evening()
    {
        var clinic = await host.ClinicAsync();
        await host.ScheduleAsync(clinic, clinic.PractitionerIds[0], ("monday", "11:00", "12:30"), ("monday", "16:30", "17:30"));

        var (response, document) = await GetAsync(Picker(clinic, "2027-03-01"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["11:00", "11:15", "11:30", "11:45"], Times(document, "Morning"));
        Assert.Equal(["12:00", "16:30", "16:45"], Times(document, "Afternoon"));
        Assert.Equal(["17:00"], Times(document, "Evening"));
        Assert.Equal(["Morning", "Afternoon", "Evening"], document.QuerySelectorAll("[data-testid=picker-group] h3").Select(h => h.TextContent));
    }

    [Fact]
    public async Task Days_without_free_time_are_disabled_and_days_with_it_are_links()
    {
        var clinic = await host.ClinicAsync();
        await host.ScheduleAsync(clinic, clinic.PractitionerIds[0], ("monday", "09:00", "10:00"));

        var (_, document) = await GetAsync(Picker(clinic, "2027-03-01"));

        var days = document.QuerySelectorAll("[data-testid=picker-day]").ToList();
        Assert.Equal(14, days.Count);
        Assert.Equal("2027-03-01", days[0].GetAttribute("data-date"));
        Assert.Equal("date", days[0].GetAttribute("aria-current"));
        Assert.Equal(["2027-03-01", "2027-03-08"], days.Where(d => d.LocalName == "a").Select(d => d.GetAttribute("data-date")));
        Assert.All(days.Where(d => d.LocalName != "a"), d => Assert.Equal("true", d.GetAttribute("aria-disabled")));
        var link = (IHtmlAnchorElement)days[7];
        Assert.Equal(Picker(clinic, "2027-03-08"), link.GetAttribute("href"));
        Assert.Equal(link.GetAttribute("href"), link.GetAttribute("hx-get"));
        Assert.Equal("#slot-picker", link.GetAttribute("hx-target"));
        Assert.Equal("true", link.GetAttribute("hx-push-url"));
    }

    [Fact]
    public async Task Times_are_local_to_the_location_on_both_sides_of_a_clock_change()
    {
        var clinic = await host.ClinicAsync("Europe/London");
        await host.ScheduleAsync(clinic, clinic.PractitionerIds[0], [.. Week.Select(d => (d, "09:00", "09:30"))]);

        var (_, before) = await GetAsync(Picker(clinic, "2027-10-30"));
        var (_, after) = await GetAsync(Picker(clinic, "2027-11-01"));

        var summer = before.QuerySelector("[data-testid=picker-time]")!;
        var winter = after.QuerySelector("[data-testid=picker-time]")!;
        Assert.Equal("09:00", summer.TextContent.Trim());
        Assert.Equal("2027-10-30T09:00:00+01:00", summer.GetAttribute("data-start"));
        Assert.Equal("09:00", winter.TextContent.Trim());
        Assert.Equal("2027-11-01T09:00:00+00:00", winter.GetAttribute("data-start"));
        Assert.Equal(
            $"/book/details?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&start=2027-11-01T09%3A00%3A00%2B00%3A00&practitionerId=",
            winter.GetAttribute("href"));
    }

    [Fact]
    public async Task An_htmx_request_gets_only_the_picker_and_a_normal_one_the_whole_page()
    {
        var clinic = await host.ClinicAsync();
        await host.ScheduleAsync(clinic, clinic.PractitionerIds[0], ("monday", "09:00", "10:00"));

        var (pageResponse, page) = await GetAsync(Picker(clinic, "2027-03-01"));
        var (fragmentResponse, fragment) = await GetAsync(Picker(clinic, "2027-03-01"), htmx: true);

        Assert.NotNull(page.QuerySelector("h1[data-testid=picker-service]"));
        Assert.NotNull(page.QuerySelector("#slot-picker [data-testid=picker-days]"));
        Assert.Null(fragment.QuerySelector("h1"));
        Assert.Null(fragment.QuerySelector("#slot-picker"));
        Assert.NotNull(fragment.QuerySelector("[data-testid=picker-days]"));
        Assert.Equal(3, fragment.QuerySelectorAll("[data-testid=picker-time]").Length);
        Assert.Contains("HX-Request", pageResponse.Headers.Vary);
        Assert.Contains("HX-Request", fragmentResponse.Headers.Vary);
    }

    [Fact]
    public async Task Choosing_a_practitioner_lists_only_their_times_and_keeps_them_chosen_across_days()
    {
        var clinic = await host.ClinicAsync(practitioners: 2);
        var (first, second) = (clinic.PractitionerIds[0], clinic.PractitionerIds[1]);
        await host.ScheduleAsync(clinic, first, ("monday", "09:00", "10:00"));
        await host.ScheduleAsync(clinic, second, ("monday", "14:00", "14:30"), ("tuesday", "14:00", "14:30"));

        var (_, any) = await GetAsync(Picker(clinic, "2027-03-01"));
        var (_, chosen) = await GetAsync(Picker(clinic, "2027-03-01", second));

        Assert.Equal(4, any.QuerySelectorAll("[data-testid=picker-time]").Length);
        Assert.Equal(["Any practitioner", "Dr 0", "Dr 1"], any.QuerySelectorAll("[data-testid=picker-practitioner] option").Select(o => o.TextContent));
        Assert.Equal(["14:00"], Times(chosen, "Afternoon"));
        Assert.Empty(Times(chosen, "Morning"));
        Assert.Equal(second.ToString(), chosen.QuerySelector("[data-testid=picker-practitioner] option[selected]")!.GetAttribute("value"));
        Assert.EndsWith($"&practitionerId={second}", chosen.QuerySelector("[data-testid=picker-time]")!.GetAttribute("href"));
        Assert.Contains($"practitionerId={second}", chosen.QuerySelector("a[data-testid=picker-day][data-date='2027-03-02']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_date_the_picker_opens_on_today_at_the_location()
    {
        var clinic = await host.ClinicAsync("Pacific/Auckland");

        var (response, document) = await GetAsync(Picker(clinic));

        var today = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Pacific/Auckland"]).Date;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(today.ToString("yyyy-MM-dd", null), document.QuerySelector("[data-testid=picker-day]")!.GetAttribute("data-date"));
        Assert.NotNull(document.QuerySelector("[data-testid=picker-none]"));
    }

    [Fact]
    public async Task An_invisible_or_unknown_service_is_not_found()
    {
        var clinic = await host.ClinicAsync(visibility: "internal");

        var (hidden, document) = await GetAsync(Picker(clinic, "2027-03-01"));
        var (unknown, _) = await GetAsync(Picker(clinic with { ServiceId = Guid.NewGuid() }, "2027-03-01"));
        var staff = await host.StaffAsync("reception", clinic.LocationId);
        var seenByStaff = await staff.GetAsync(Picker(clinic, "2027-03-01"));

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Contains("not offered", document.QuerySelector("[data-testid=picker-problem]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, seenByStaff.StatusCode);
    }

    [Theory]
    [InlineData("serviceId=nope&locationId=nope", HttpStatusCode.BadRequest, "missing the service")]
    [InlineData("date=2027-02-30", HttpStatusCode.BadRequest, "YYYY-MM-DD")]
    [InlineData("date=tomorrow", HttpStatusCode.BadRequest, "YYYY-MM-DD")]
    [InlineData("practitionerId=x", HttpStatusCode.BadRequest, "practitioner in this link")]
    [InlineData("unknown-practitioner", HttpStatusCode.UnprocessableEntity, "does not offer")]
    public async Task Bad_query_values_get_a_readable_message(string query, HttpStatusCode status, string message)
    {
        var clinic = await host.ClinicAsync();
        var url = query switch
        {
            "unknown-practitioner" => Picker(clinic, "2027-03-01", Guid.NewGuid()),
            _ when query.StartsWith("serviceId", StringComparison.Ordinal) => $"/book/slots?{query}",
            _ => $"{Picker(clinic)}&{query}",
        };

        var (response, document) = await GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, document.QuerySelector("[data-testid=picker-problem]")!.TextContent);
        Assert.NotNull(document.QuerySelector("h1"));
    }

    [Fact]
    public async Task Names_are_escaped()
    {
        const string name = "<b>Massage</b> & \"co\"";
        var clinic = await host.ClinicAsync(serviceName: name);

        var response = await host.Anonymous().GetAsync(Picker(clinic, "2027-03-01"));
        var html = await response.Content.ReadAsStringAsync();

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(name, document.QuerySelector("h1")!.TextContent);
        Assert.Null(document.QuerySelector("h1 b"));
        Assert.DoesNotContain("<b>Massage", html);
    }
}
