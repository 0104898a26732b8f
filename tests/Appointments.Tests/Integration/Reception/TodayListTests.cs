using System.Net;
using Dapper;
using WellPath.TestSupport;
using static WellPath.Appointments.Tests.Integration.Reception.ReceptionClinics;

namespace WellPath.Appointments.Tests.Integration.Reception;

[Collection(AppointmentsHostCollection.Name)]
public sealed class TodayListTests(AppointmentsHost host)
{
    private static List<string> Column(AngleSharp.Html.Dom.IHtmlDocument page, string testId) =>
        page.QuerySelectorAll($"[data-testid=appointment-row] [data-testid={testId}]").Select(e => e.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_desk_sees_its_locations_day_by_start_in_local_time_and_not_another_locations()
    {
        var clinic = await MondayClinicAsync(host, timeZone: "America/New_York");
        var other = await MondayClinicAsync(host, timeZone: "America/New_York");
        var late = await BookAsync(host, clinic, "2027-03-01T15:00:00Z", "Grace Hopper");
        var early = await BookAsync(host, clinic, "2027-03-01T14:00:00Z", "Ada Lovelace");
        await BookAsync(host, other, "2027-03-01T14:00:00Z", "Alan Turing");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var page = await desk.DocumentAsync($"/reception?locationId={clinic.LocationId}&date={Monday}");
        var foreign = await desk.GetAsync($"/reception?locationId={other.LocationId}&date={Monday}");

        Assert.Equal(["09:00–09:30", "10:00–10:30"], Column(page, "appointment-time"));
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], Column(page, "appointment-customer"));
        Assert.Equal([early.Reference, late.Reference], Column(page, "appointment-reference"));
        Assert.Equal(["Confirmed", "Confirmed"], Column(page, "appointment-status"));
        Assert.Contains("Dr 0", page.QuerySelector("[data-testid=appointment-row]")!.TextContent);
        Assert.Contains("Monday 1 March 2027", page.QuerySelector("[data-testid=today-heading]")!.TextContent);
        Assert.DoesNotContain("Alan Turing", page.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("Reception", page.QuerySelector("[data-testid=nav-reception]")!.TextContent);
    }

    [Fact]
    public async Task Without_a_date_the_list_opens_on_today_in_the_locations_zone_and_moves_a_day_at_a_time()
    {
        var clinic = await MondayClinicAsync(host, timeZone: "Pacific/Auckland");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);

        var page = await desk.DocumentAsync("/reception");
        var next = page.QuerySelector("[data-testid=next-day]")!.GetAttribute("href");

        Assert.Equal(today.ToString("yyyy-MM-dd"), page.QuerySelector("[data-testid=today-date]")!.GetAttribute("value"));
        Assert.Equal($"/reception?locationId={clinic.LocationId}&date={today.AddDays(1):yyyy-MM-dd}", next);
        Assert.NotNull(page.QuerySelector("[data-testid=today-none]"));
    }

    [Fact]
    public async Task A_practitioner_sees_only_their_own_appointments_as_my_day()
    {
        var clinic = await MondayClinicAsync(host, practitioners: 2);
        await BookAsync(host, clinic, "2027-03-01T09:00:00Z", "Own Customer", clinic.PractitionerIds[0]);
        await BookAsync(host, clinic, "2027-03-01T09:00:00Z", "Colleagues Customer", clinic.PractitionerIds[1]);
        var practitioner = await ReceptionBrowser.SignInAsync(host, "practitioner", [clinic.LocationId], clinic.PractitionerIds[0]);

        var page = await practitioner.DocumentAsync($"/reception?date={Monday}");
        var atLocation = await practitioner.DocumentAsync($"/reception?locationId={clinic.LocationId}&date={Monday}");

        Assert.Equal(["Own Customer"], Column(page, "appointment-customer"));
        Assert.Equal(["Own Customer"], Column(atLocation, "appointment-customer"));
        Assert.Equal("My day", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("My day", page.QuerySelector("[data-testid=nav-my-day]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=reception-book]"));
        Assert.NotNull(page.QuerySelector("[data-testid=action-check-in]"));
        Assert.Null(page.QuerySelector("[data-testid=action-cancel]"));
    }

    [Fact]
    public async Task Showing_customers_on_the_list_is_audited_as_a_sensitive_read_by_the_reader()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T11:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        await desk.DocumentAsync($"/reception?locationId={clinic.LocationId}&date={Monday}");

        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'customer.viewed' and record_id = @Id and actor_id = @Actor",
            new { Id = booked.CustomerId.ToString(), Actor = desk.StaffId.ToString() }));
    }

    [Fact]
    public async Task An_htmx_request_gets_the_list_alone_and_a_bad_date_a_readable_answer()
    {
        var clinic = await MondayClinicAsync(host);
        await BookAsync(host, clinic, "2027-03-01T11:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var partial = await desk.GetAsync($"/reception?locationId={clinic.LocationId}&date={Monday}", htmx: true);
        var badDate = await desk.GetAsync($"/reception?locationId={clinic.LocationId}&date=01/03/2027");

        var html = await partial.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html);
        Assert.Contains("data-testid=\"appointment-row\"", html);
        Assert.Contains("HX-Request", partial.Headers.Vary);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("YYYY-MM-DD", (await ReceptionBrowser.ParseAsync(badDate)).QuerySelector("[data-testid=reception-message]")!.TextContent);
    }
}
