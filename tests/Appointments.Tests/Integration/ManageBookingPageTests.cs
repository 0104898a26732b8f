using Dapper;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class ManageBookingPageTests(AppointmentsHost host)
{
    private const string Monday9 = "2027-03-01T09:00:00+00:00";
    private const string CancelForm = "form[data-testid=cancel-form]";

    private async Task<(Clinic Clinic, CustomerBrowser Browser, string ManageUrl, string Reference)> BookedAsync()
    {
        var clinic = await CustomerClinics.CreateAsync(host);
        var browser = CustomerBrowser.Open(host);
        var confirmation = await CustomerClinics.BookAsync(browser, clinic, Monday9);
        return (clinic, browser, confirmation.Document.QuerySelector("[data-testid=manage-link]")!.GetAttribute("href")!, confirmation.Text("booking-reference"));
    }

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException(sql);
    }

    [Fact]
    public async Task The_manage_link_opens_the_booking_without_an_account_from_any_browser()
    {
        var (_, _, manageUrl, reference) = await BookedAsync();

        var page = await CustomerBrowser.Open(host).GetAsync(manageUrl);

        Assert.Equal(200, page.Status);
        Assert.Equal(reference, page.Text("booking-reference"));
        Assert.Equal("Confirmed", page.Text("booking-status-text"));
        Assert.Equal(CustomerClinics.Address, page.Text("summary-address"));
        Assert.Equal(CustomerClinics.PrepNotes, page.Text("summary-prep-notes"));
        Assert.Contains("up to 2 days before", page.Text("summary-policy"));
        Assert.True(page.Has("cancel-booking"));
        Assert.True(page.Response.Headers.CacheControl?.NoStore, "A page opened by a manage token must not be cached.");
    }

    [Fact]
    public async Task A_tampered_truncated_or_made_up_token_is_404()
    {
        var (_, browser, manageUrl, _) = await BookedAsync();
        var token = manageUrl["/bookings/manage/".Length..];
        var flipped = token[..40] + (token[40] == 'A' ? 'B' : 'A') + token[41..];

        foreach (var bad in new[] { flipped, token[..^4], Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('/', '_').Replace('+', '-'), "x", new string('A', 400) })
        {
            var page = await browser.GetAsync($"/bookings/manage/{bad}");
            Assert.Equal(404, page.Status);
            Assert.Equal(404, (await browser.GetAsync($"/bookings/manage/{bad}/cancel")).Status);
            Assert.Equal(404, (await browser.GetAsync($"/book/confirmed/{bad}")).Status);
        }
    }

    [Theory]
    [InlineData(29, 200)]
    [InlineData(31, 404)]
    public async Task The_link_opens_its_booking_until_30_days_after_the_appointment_ended(int daysAgo, int status)
    {
        var (_, browser, manageUrl, reference) = await BookedAsync();
        var end = DateTimeOffset.UtcNow.AddDays(-daysAgo);
        await ScalarAsync<int>(
            """
            update appointments.appointments set start_at = @Start, end_at = @End, blocked = tstzrange(@Start, @End, '[)'), status = 'completed'
            where reference = @reference returning 1
            """,
            new { Start = end.AddMinutes(-30), End = end, reference });

        var page = await browser.GetAsync(manageUrl);

        Assert.Equal(status, page.Status);
        Assert.Equal(status, (await browser.GetAsync(manageUrl.Replace("/bookings/manage/", "/book/confirmed/", StringComparison.Ordinal))).Status);
    }

    [Fact]
    public async Task Cancelling_asks_for_a_customers_reason_shows_the_policy_and_ends_cancelled_audited_as_the_customer()
    {
        var (_, browser, manageUrl, reference) = await BookedAsync();
        var manage = await browser.GetAsync(manageUrl);
        var step = await browser.GetAsync(manage.Document.QuerySelector("[data-testid=cancel-booking]")!.GetAttribute("href")!);

        Assert.Equal(200, step.Status);
        Assert.Contains("up to 2 days before", step.Text("summary-policy"));
        Assert.True(step.Has("free-cancellation"));
        Assert.False(step.Has("late-warning"));
        Assert.Equal(["", "customer_request", "illness", "other"], step.Document.QuerySelectorAll("select[name=Reason] option").Select(o => o.GetAttribute("value") ?? ""));

        var done = await browser.SubmitAsync(step, CancelForm, new Dictionary<string, string> { ["Reason"] = "illness", ["Note"] = "Flu" });

        Assert.Equal(303, done.Status);
        Assert.Equal(manageUrl, done.Location);
        var after = await browser.FollowAsync(done);
        Assert.Equal("Cancelled", after.Text("booking-status-text"));
        Assert.True(after.Has("cancelled-note"));
        Assert.False(after.Has("cancel-booking"));
        var id = await ScalarAsync<Guid>("select id from appointments.appointments where reference = @reference", new { reference });
        Assert.Equal("illness", await ScalarAsync<string>("select cancel_reason from appointments.appointments where id = @id", new { id }));
        var customer = await ScalarAsync<Guid>("select customer_id from appointments.appointments where id = @id", new { id });
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var audit = await connection.QuerySingleAsync<(string ActorId, string ActorKind)>(
            "select actor_id, actor_kind from kernel.audit_events where action = 'appointment.cancel' and record_id = @Id", new { Id = id.ToString() });
        Assert.Equal((customer.ToString(), "customer"), (audit.ActorId, audit.ActorKind));
    }

    [Theory]
    [InlineData("staff_unavailable", "", "reason-error")]
    [InlineData("", "", "reason-error")]
    [InlineData("other", "1001", "note-error")]
    public async Task A_reason_customers_may_not_give_or_a_long_note_is_422_and_cancels_nothing(string reason, string note, string errorId)
    {
        var (_, browser, manageUrl, reference) = await BookedAsync();
        var step = await browser.GetAsync(manageUrl + "/cancel");

        var answer = await browser.SubmitAsync(step, CancelForm, new Dictionary<string, string>
        {
            ["Reason"] = reason, ["Note"] = note == "" ? "" : new string('n', int.Parse(note, System.Globalization.CultureInfo.InvariantCulture)),
        });

        Assert.Equal(422, answer.Status);
        Assert.True(answer.Has(errorId));
        Assert.Equal("confirmed", await ScalarAsync<string>("select status from appointments.appointments where reference = @reference", new { reference }));
    }

    [Fact]
    public async Task Inside_the_window_the_confirmation_step_warns_and_the_cancellation_is_marked_late()
    {
        var (_, browser, manageUrl, reference) = await BookedAsync();
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update appointments.appointments set cancellation_window_hours = 24 * 365 * 3 where reference = @reference", new { reference });
        }

        var step = await browser.GetAsync(manageUrl + "/cancel");
        var after = await browser.FollowAsync(await browser.SubmitAsync(step, CancelForm, new Dictionary<string, string> { ["Reason"] = "customer_request" }));

        Assert.Contains("late cancellation", step.Text("late-warning"));
        Assert.Equal("Cancelled (late cancellation)", after.Text("booking-status-text"));
        Assert.True(await ScalarAsync<bool>("select late_cancellation from appointments.appointments where reference = @reference", new { reference }));
    }

    [Fact]
    public async Task A_finished_appointment_offers_no_cancelling_and_a_posted_cancel_is_409()
    {
        var (_, browser, manageUrl, reference) = await BookedAsync();
        var step = await browser.GetAsync(manageUrl + "/cancel");
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update appointments.appointments set status = 'completed' where reference = @reference", new { reference });
        }

        var manage = await browser.GetAsync(manageUrl);
        var posted = await browser.SubmitAsync(step, CancelForm, new Dictionary<string, string> { ["Reason"] = "other" });

        Assert.False(manage.Has("cancel-booking"));
        Assert.Equal(302, (await browser.GetAsync(manageUrl + "/cancel")).Status);
        Assert.Equal(409, posted.Status);
        Assert.True(posted.Has("manage-message"));
        Assert.Equal("completed", await ScalarAsync<string>("select status from appointments.appointments where reference = @reference", new { reference }));
    }

    [Fact]
    public async Task A_link_to_a_rescheduled_appointment_leads_to_the_current_one()
    {
        var (clinic, browser, manageUrl, reference) = await BookedAsync();
        var moved = await MoveAsync(reference, "2027-03-01T11:00:00+00:00");
        var movedAgain = await MoveAsync(moved, "2027-03-01T13:00:00+00:00");

        var old = await browser.GetAsync(manageUrl);
        var current = await browser.FollowAsync(old);

        Assert.Equal(302, old.Status);
        Assert.StartsWith("/bookings/manage/", old.Location);
        Assert.NotEqual(manageUrl, old.Location);
        Assert.Equal(movedAgain, current.Text("booking-reference"));
        Assert.Contains("13:00–13:30", current.Text("summary-when"));
        Assert.Equal(302, (await browser.GetAsync(manageUrl + "/cancel")).Status);
        var cancelled = await browser.SubmitAsync(await browser.GetAsync(old.Location + "/cancel"), CancelForm, new Dictionary<string, string> { ["Reason"] = "other" });
        Assert.Equal(303, cancelled.Status);
        Assert.Equal("cancelled", await ScalarAsync<string>("select status from appointments.appointments where reference = @movedAgain", new { movedAgain }));
        Assert.Equal(3, await CustomerClinics.CountAsync(host, clinic));
    }

    /// <summary>What a reschedule leaves behind: the old appointment rescheduled and linked to a new one (reschedule itself is another use case).</summary>
    private async Task<string> MoveAsync(string reference, string start)
    {
        var newReference = $"MV{Random.Shared.Next(10, 99)}-{Guid.NewGuid().ToString("N")[..4].ToUpperInvariant()}";
        var newId = Guid.CreateVersion7();
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            insert into appointments.appointments
                (id, reference, status, service_id, location_id, time_zone, practitioner_id, room_id, customer_id, start_at, end_at, blocked, source,
                 cancellation_window_hours, rescheduled_from_id, created_at, updated_at)
            select @newId, @newReference, 'confirmed', service_id, location_id, time_zone, practitioner_id, room_id, customer_id,
                   @start::timestamptz, @start::timestamptz + (end_at - start_at), tstzrange(@start::timestamptz, @start::timestamptz + (end_at - start_at), '[)'),
                   'web', cancellation_window_hours, id, now(), now()
            from appointments.appointments where reference = @reference;
            update appointments.appointments set status = 'rescheduled', rescheduled_to_id = @newId, version = version + 1 where reference = @reference;
            """, new { reference, newReference, newId, start });
        return newReference;
    }
}
