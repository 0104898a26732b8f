using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

/// <summary>"Change time" on the customer's manage link: free times, a confirmation step, the move as the customer.</summary>
[Collection(AppointmentsHostCollection.Name)]
public sealed class RescheduleBookingPageTests(AppointmentsHost host)
{
    private const string Monday9 = "2027-03-01T09:00:00+00:00";
    private const string Monday11 = "2027-03-01T11:00:00+00:00";
    private const string ConfirmForm = "form[data-testid=reschedule-form]";

    private async Task<(Clinic Clinic, CustomerBrowser Browser, string ManageUrl, string Reference)> BookedAsync(int practitioners = 1, bool requiresApproval = false)
    {
        var clinic = await CustomerClinics.CreateAsync(host, practitioners, requiresApproval);
        var browser = CustomerBrowser.Open(host);
        var confirmation = await CustomerClinics.BookAsync(browser, clinic, Monday9);
        return (clinic, browser, confirmation.Document.QuerySelector("[data-testid=manage-link]")!.GetAttribute("href")!, confirmation.Text("booking-reference"));
    }

    private static string Href(Page page, string selector) =>
        page.Document.QuerySelector(selector)?.GetAttribute("href") ?? throw new InvalidOperationException($"No {selector} on the page: {page.Html}");

    private static string TimeLink(Page page, string start) => Href(page, $"[data-testid=reschedule-time][data-start='{start}']");

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException(sql);
    }

    [Fact]
    public async Task A_customer_moves_their_booking_to_a_free_time_and_lands_on_the_new_appointments_manage_link()
    {
        var (clinic, browser, manageUrl, reference) = await BookedAsync();
        var manage = await browser.GetAsync(manageUrl);
        var picker = await browser.GetAsync(Href(manage, "[data-testid=reschedule-booking]") + "?date=2027-03-01");

        Assert.Equal(200, picker.Status);
        Assert.Contains("09:00–09:30", picker.Text("current-time"));
        Assert.Equal("Monday 1 March 2027", picker.Text("reschedule-date"));
        var offered = picker.Document.QuerySelectorAll("[data-testid=reschedule-time]").Select(a => a.GetAttribute("data-start")).ToList();
        Assert.DoesNotContain(Monday9, offered);
        Assert.Contains(Monday11, offered);
        // Its own time does not stand in its way: a quarter of an hour later overlaps the booking being moved.
        Assert.Contains("2027-03-01T09:15:00+00:00", offered);
        Assert.Equal("date", picker.Document.QuerySelector("[data-testid=reschedule-day][data-date='2027-03-01']")!.GetAttribute("aria-current"));

        var confirm = await browser.GetAsync(TimeLink(picker, Monday11));
        Assert.Equal(200, confirm.Status);
        Assert.Contains("09:00–09:30", confirm.Text("old-time"));
        Assert.Contains("Monday 1 March 2027, 11:00–11:30", confirm.Text("summary-when"));
        Assert.Contains("Europe/London", confirm.Text("summary-when"));
        Assert.Contains("up to 2 days before", confirm.Text("summary-policy"));
        Assert.Equal(reference, await ScalarAsync<string>("select reference from appointments.appointments where reference = @reference and status = 'confirmed'", new { reference }));

        var moved = await browser.SubmitAsync(confirm, ConfirmForm);

        Assert.Equal(303, moved.Status);
        Assert.StartsWith("/bookings/manage/", moved.Location);
        Assert.NotEqual(manageUrl, moved.Location);
        var after = await browser.FollowAsync(moved);
        Assert.Equal(200, after.Status);
        Assert.NotEqual(reference, after.Text("booking-reference"));
        Assert.Equal("Confirmed", after.Text("booking-status-text"));
        Assert.Contains("11:00–11:30", after.Text("summary-when"));
        Assert.Contains("Monday 1 March 2027, 09:00–09:30", after.Text("moved-notice"));
        Assert.True(after.Has("reschedule-booking"));
        var old = await browser.GetAsync(manageUrl);
        Assert.Equal(302, old.Status);
        Assert.Equal(after.Text("booking-reference"), (await browser.FollowAsync(old)).Text("booking-reference"));
        Assert.Equal("rescheduled", await ScalarAsync<string>("select status from appointments.appointments where reference = @reference", new { reference }));
        Assert.Equal(2, await CustomerClinics.CountAsync(host, clinic));
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var audit = await connection.QuerySingleAsync<(string ActorId, string ActorKind, Guid CustomerId)>("""
            select e.actor_id, e.actor_kind, a.customer_id from kernel.audit_events e join appointments.appointments a on a.id::text = e.record_id
            where e.action = 'appointment.rescheduled' and a.reference = @reference
            """, new { reference });
        Assert.Equal((audit.CustomerId.ToString(), "customer"), (audit.ActorId, audit.ActorKind));
    }

    [Fact]
    public async Task The_picker_swaps_as_a_fragment_for_htmx_and_keeps_its_strip_when_a_day_is_chosen()
    {
        var (_, browser, manageUrl, _) = await BookedAsync();
        var pickerUrl = manageUrl + "/reschedule?who=same&date=2027-03-01";
        var request = new HttpRequestMessage(HttpMethod.Get, pickerUrl);
        request.Headers.Add("HX-Request", "true");

        var fragment = await Page.ReadAsync(await browser.Client.SendAsync(request));
        var page = await browser.GetAsync(pickerUrl);
        var days = page.Document.QuerySelectorAll("[data-testid=reschedule-day]").Select(d => d.GetAttribute("data-date")).ToList();
        var nextMonday = await browser.GetAsync(Href(page, "[data-testid=reschedule-later]"));

        Assert.Equal(200, fragment.Status);
        Assert.DoesNotContain("<html", fragment.Html);
        Assert.True(fragment.Has("reschedule-times"));
        Assert.Contains("<html", page.Html);
        Assert.Equal(14, days.Count);
        Assert.Contains("2027-03-01", days);
        Assert.True(page.Document.QuerySelector("a[data-testid=reschedule-day][data-date='2027-03-01']") is not null, "A day with free times is a link.");
        Assert.True(page.Document.QuerySelector("span[data-testid=reschedule-day][data-date='2027-03-02']") is not null, "A Tuesday has no times here.");
        Assert.Equal(14, nextMonday.Document.QuerySelectorAll("[data-testid=reschedule-day]").Length);
        Assert.DoesNotContain(nextMonday.Document.QuerySelectorAll("[data-testid=reschedule-day]").Select(d => d.GetAttribute("data-date")), days.Contains);
    }

    [Fact]
    public async Task With_anyone_the_move_goes_to_a_colleague_free_at_a_time_the_own_practitioner_is_not()
    {
        var (clinic, browser, manageUrl, reference) = await BookedAsync(practitioners: 2);
        var own = await ScalarAsync<Guid>("select practitioner_id from appointments.appointments where reference = @reference", new { reference });
        var colleague = clinic.PractitionerIds.Single(p => p != own);
        await Bookings.BookAsync(host.Anonymous(), clinic, Monday11, own);

        var same = await browser.GetAsync(manageUrl + "/reschedule?date=2027-03-01");
        var anyone = await browser.GetAsync(Href(same, "[data-testid=reschedule-anyone]"));
        var confirm = await browser.GetAsync(TimeLink(anyone, Monday11));
        var after = await browser.FollowAsync(await browser.SubmitAsync(confirm, ConfirmForm));

        Assert.DoesNotContain(Monday11, same.Document.QuerySelectorAll("[data-testid=reschedule-time]").Select(a => a.GetAttribute("data-start")));
        Assert.Equal("Any available practitioner", confirm.Text("summary-practitioner"));
        Assert.Contains("11:00–11:30", after.Text("summary-when"));
        Assert.Equal(colleague, await ScalarAsync<Guid>(
            "select practitioner_id from appointments.appointments where rescheduled_from_id = (select id from appointments.appointments where reference = @reference)", new { reference }));
    }

    [Fact]
    public async Task A_time_taken_before_the_customer_confirms_shows_the_nearest_free_times_and_changes_nothing()
    {
        var (clinic, browser, manageUrl, reference) = await BookedAsync();
        var confirm = await browser.GetAsync(manageUrl + $"/reschedule/confirm?who=same&start={Uri.EscapeDataString(Monday11)}");
        await Bookings.BookAsync(host.Anonymous(), clinic, Monday11);

        var taken = await browser.SubmitAsync(confirm, ConfirmForm);

        Assert.Equal(409, taken.Status);
        Assert.Contains("someone booked this time", taken.Text("taken-notice"));
        Assert.False(taken.Has("confirm-reschedule"));
        var nearest = taken.Document.QuerySelectorAll("[data-testid=nearest-time]").Select(a => a.GetAttribute("data-start")!).ToList();
        Assert.NotEmpty(nearest);
        Assert.DoesNotContain(Monday11, nearest);
        Assert.DoesNotContain(Monday9, nearest);
        Assert.Contains("2027-03-01T10:30:00+00:00", nearest);
        Assert.Equal("confirmed", await ScalarAsync<string>("select status from appointments.appointments where reference = @reference", new { reference }));
        Assert.Equal(2, await CustomerClinics.CountAsync(host, clinic));

        var again = await browser.GetAsync(taken.Document.QuerySelector("[data-testid=nearest-time][data-start='2027-03-01T10:30:00+00:00']")!.GetAttribute("href")!);
        Assert.True(again.Has("confirm-reschedule"));
        Assert.Equal(303, (await browser.SubmitAsync(again, ConfirmForm)).Status);
    }

    [Fact]
    public async Task The_confirmation_step_already_says_when_the_time_is_no_longer_free()
    {
        var (clinic, browser, manageUrl, _) = await BookedAsync();
        await Bookings.BookAsync(host.Anonymous(), clinic, Monday11);

        var confirm = await browser.GetAsync(manageUrl + $"/reschedule/confirm?who=same&start={Uri.EscapeDataString(Monday11)}");
        var current = await browser.GetAsync(manageUrl + $"/reschedule/confirm?who=same&start={Uri.EscapeDataString(Monday9)}");

        Assert.Equal(200, confirm.Status);
        Assert.Contains("not free any more", confirm.Text("taken-notice"));
        Assert.False(confirm.Has("confirm-reschedule"));
        Assert.Contains("already", current.Text("taken-notice"));
        Assert.False(current.Has("confirm-reschedule"));
    }

    [Theory]
    [InlineData("requested", "waiting for the clinic")]
    [InlineData("cancelled", "cancelled")]
    [InlineData("completed", "completed")]
    [InlineData("past", "started or is over")]
    public async Task A_booking_that_cannot_move_says_why_offers_no_button_and_refuses_the_steps(string state, string why)
    {
        var (_, browser, manageUrl, reference) = await BookedAsync(requiresApproval: state == "requested");
        var confirm = await browser.GetAsync(manageUrl + $"/reschedule/confirm?who=same&start={Uri.EscapeDataString(Monday11)}");
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            var sql = state switch
            {
                "requested" => "select 1",
                "past" => """
                    update appointments.appointments set start_at = now() - interval '2 days', end_at = now() - interval '2 days' + interval '30 minutes',
                        blocked = tstzrange(now() - interval '2 days', now() - interval '2 days' + interval '30 minutes', '[)') where reference = @reference
                    """,
                _ => "update appointments.appointments set status = @state where reference = @reference",
            };
            await connection.ExecuteAsync(sql, new { state, reference });
        }

        var manage = await browser.GetAsync(manageUrl);
        var picker = await browser.GetAsync(manageUrl + "/reschedule");
        var posted = state == "requested" ? null : await browser.SubmitAsync(confirm, ConfirmForm);

        Assert.False(manage.Has("reschedule-booking"));
        if (state != "cancelled")
        {
            Assert.Contains(why, manage.Text("not-movable"));
        }
        Assert.Equal(409, picker.Status);
        Assert.Contains(why, picker.Text("manage-message"));
        Assert.False(picker.Has("reschedule-booking"));
        if (posted is not null)
        {
            Assert.Equal(409, posted.Status);
            Assert.Contains(why, posted.Text("manage-message"));
        }
        Assert.Equal(1, await ScalarAsync<int>(
            "select count(*)::int from appointments.appointments where customer_id = (select customer_id from appointments.appointments where reference = @reference)", new { reference }));
    }

    [Fact]
    public async Task A_tampered_token_is_404_on_every_step_and_a_bad_time_is_400()
    {
        var (_, browser, manageUrl, reference) = await BookedAsync();
        var token = manageUrl["/bookings/manage/".Length..];
        var flipped = token[..40] + (token[40] == 'A' ? 'B' : 'A') + token[41..];
        var confirm = await browser.GetAsync(manageUrl + $"/reschedule/confirm?who=same&start={Uri.EscapeDataString(Monday11)}");
        var antiforgery = confirm.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var posted = await browser.Client.PostAsync($"/bookings/manage/{flipped}/reschedule", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Start"] = Monday11, ["Who"] = "same", ["__RequestVerificationToken"] = antiforgery,
        }));

        Assert.Equal(404, (await browser.GetAsync($"/bookings/manage/{flipped}/reschedule")).Status);
        Assert.Equal(404, (await browser.GetAsync($"/bookings/manage/{flipped}/reschedule/confirm?start={Uri.EscapeDataString(Monday11)}")).Status);
        Assert.Equal(404, (int)posted.StatusCode);
        Assert.Equal(400, (await browser.GetAsync(manageUrl + "/reschedule/confirm?start=tomorrow")).Status);
        Assert.Equal(400, (await browser.GetAsync(manageUrl + "/reschedule?who=everyone")).Status);
        Assert.Equal(400, (await browser.SubmitAsync(confirm, ConfirmForm, new Dictionary<string, string> { ["Start"] = "2027-03-01 11:00" })).Status);
        Assert.Equal("confirmed", await ScalarAsync<string>("select status from appointments.appointments where reference = @reference", new { reference }));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_field_is_refused_and_moves_nothing()
    {
        var (_, browser, manageUrl, reference) = await BookedAsync();

        var posted = await browser.Client.PostAsync(manageUrl + "/reschedule", new FormUrlEncodedContent(new Dictionary<string, string> { ["Start"] = Monday11, ["Who"] = "same" }));

        Assert.Equal(400, (int)posted.StatusCode);
        Assert.Equal("confirmed", await ScalarAsync<string>("select status from appointments.appointments where reference = @reference", new { reference }));
    }

    [Fact]
    public async Task A_second_submit_of_the_confirmation_moves_once_and_leads_to_the_new_booking()
    {
        var (clinic, browser, manageUrl, _) = await BookedAsync();
        var confirm = await browser.GetAsync(manageUrl + $"/reschedule/confirm?who=same&start={Uri.EscapeDataString(Monday11)}");

        var first = await browser.SubmitAsync(confirm, ConfirmForm);
        var second = await browser.SubmitAsync(confirm, ConfirmForm);

        Assert.Equal(303, first.Status);
        Assert.Equal(303, second.Status);
        Assert.Equal((await browser.FollowAsync(first)).Text("booking-reference"), (await browser.FollowAsync(second)).Text("booking-reference"));
        Assert.Equal(2, await CustomerClinics.CountAsync(host, clinic));
    }

    [Fact]
    public async Task The_reschedule_post_is_rate_limited_like_booking()
    {
        var (_, _, manageUrl, _) = await BookedAsync();
        await using var limited = new WellPathFactory(host.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["WELLPATH_JOBS"] = "false",
            ["WELLPATH_BOOKING_LIMIT"] = "2",
        });
        var browser = new CustomerBrowser(limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        // Its own time again: refused (422) without moving anything, so every post is counted and none changes the booking.
        var confirm = await browser.GetAsync(manageUrl + $"/reschedule/confirm?who=same&start={Uri.EscapeDataString(Monday11)}");
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await browser.SubmitAsync(confirm, ConfirmForm, new Dictionary<string, string> { ["Start"] = Monday9 })).Status);
        }

        Assert.Equal([422, 422, 429], statuses);
    }
}
