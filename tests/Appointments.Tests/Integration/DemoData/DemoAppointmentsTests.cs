using AngleSharp.Html.Parser;
using Dapper;
using WellPath.SharedKernel.Modules;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration.DemoData;

public sealed class DemoAppointmentsTests
{
    private static readonly string DeskClinic = DemoIds.Location(1).ToString();

    [Fact]
    public async Task On_a_working_morning_the_desk_the_practitioner_and_the_demo_customer_each_find_their_day()
    {
        // Tuesday 1 December 2026, 11:10 in Bristol (GMT): the demo roster works 09:00-17:00 with lunch at 12:30.
        await using var demo = await DemoHost.StartAsync("demoappts", new DateTimeOffset(2026, 12, 1, 11, 10, 0, TimeSpan.Zero));

        var desk = await demo.StaffAsync("reception", "reception@wellpath.demo", "wellpath-demo-reception");
        var day = await desk.DocumentAsync($"/reception?locationId={DeskClinic}");
        var statuses = day.QuerySelectorAll("[data-testid=appointment-row]").Select(r => r.GetAttribute("data-status")).ToList();
        Assert.Contains("Tuesday 1 December 2026", day.QuerySelector("[data-testid=today-heading]")!.TextContent);
        Assert.InRange(statuses.Count, 8, 20);
        Assert.Contains("completed", statuses);
        Assert.Contains("checked_in", statuses);
        Assert.Contains("confirmed", statuses);

        var requests = await desk.DocumentAsync("/reception/requests");
        Assert.Contains("requested", requests.QuerySelectorAll("[data-testid=request-row]").Select(r => r.GetAttribute("data-status")));

        var practitioner = await demo.StaffAsync("practitioner", "practitioner@wellpath.demo", "wellpath-demo-practitioner");
        var myDay = await practitioner.DocumentAsync("/reception");
        Assert.Contains("My day", myDay.Title);
        Assert.InRange(myDay.QuerySelectorAll("[data-testid=appointment-row]").Length, 3, 6);

        await AssertDemoCustomerHasUpcomingAndPastAsync(demo);
        await DemoInvariants.AssertHoldAsync(demo);
    }

    [Fact]
    public async Task On_a_sunday_without_rosters_the_next_working_day_is_booked_and_the_request_and_the_customer_still_are()
    {
        // Sunday 29 November 2026: nobody is rostered on a Sunday.
        await using var demo = await DemoHost.StartAsync("demosunday", new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
        await using var connection = await demo.DataSource.OpenConnectionAsync();
        async Task<int> OnAsync(string date) => await connection.ExecuteScalarAsync<int>(
            "select count(*) from appointments.appointments where location_id = @Location and (start_at at time zone time_zone)::date = @Date::date",
            new { Location = DemoIds.Location(1), Date = date });

        Assert.Equal(0, await OnAsync("2026-11-29"));
        Assert.InRange(await OnAsync("2026-11-30"), 3, 6);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("""
            select count(*) from appointments.appointments a where a.status = 'requested'
            and exists (select from catalog.services s where s.id = a.service_id and s.requires_approval)
            """));
        await AssertDemoCustomerHasUpcomingAndPastAsync(demo);
        await DemoInvariants.AssertHoldAsync(demo);
    }

    private static async Task AssertDemoCustomerHasUpcomingAndPastAsync(DemoHost demo)
    {
        var customer = await CustomerSignIn.SignInAsync(demo.Factory, "customer@wellpath.demo");
        var page = new HtmlParser().ParseDocument(await customer.GetStringAsync("/my/bookings"));
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=upcoming] [data-testid=my-booking]"));
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=past] [data-testid=my-booking]"));
    }
}
