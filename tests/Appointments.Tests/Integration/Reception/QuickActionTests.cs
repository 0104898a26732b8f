using System.Net;
using System.Net.Http.Json;
using Dapper;
using WellPath.TestSupport;
using static WellPath.Appointments.Tests.Integration.Reception.ReceptionClinics;

namespace WellPath.Appointments.Tests.Integration.Reception;

[Collection(AppointmentsHostCollection.Name)]
public sealed class QuickActionTests(AppointmentsHost host)
{
    private static string Page(Clinic clinic) => $"/reception?locationId={clinic.LocationId}&date={Monday}";

    private static Task<HttpResponseMessage> ActAsync(ReceptionBrowser browser, Clinic clinic, Guid id, string action, string? reason = null, bool htmx = true)
    {
        var fields = new Dictionary<string, string> { ["action"] = action, ["view"] = "today" };
        if (reason is not null)
        {
            fields["reason"] = reason;
        }
        return browser.SubmitAsync(Page(clinic), $"/reception/appointments/{id}/status", fields, htmx);
    }

    private static List<string> Buttons(AngleSharp.Html.Dom.IHtmlDocument row) =>
        row.QuerySelectorAll("button[data-testid^=action-]").Select(b => b.GetAttribute("data-testid")!).ToList();

    [Fact]
    public async Task Check_in_then_complete_swap_the_row_and_offer_only_what_comes_next()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        var before = await desk.DocumentAsync(Page(clinic));

        var checkedIn = await ActAsync(desk, clinic, booked.Id, "check-in");
        var checkedInRow = await ReceptionBrowser.ParseRowAsync(checkedIn);
        var completed = await ActAsync(desk, clinic, booked.Id, "complete");
        var completedRow = await ReceptionBrowser.ParseRowAsync(completed);

        Assert.Equal(["action-check-in", "action-no-show", "action-cancel"], Buttons(before));
        Assert.Equal(HttpStatusCode.OK, checkedIn.StatusCode);
        Assert.Equal("Checked in", checkedInRow.QuerySelector("[data-testid=appointment-status]")!.TextContent);
        Assert.Equal("Checked in.", checkedInRow.QuerySelector("[data-testid=row-notice]")!.TextContent);
        Assert.Equal(["action-complete"], Buttons(checkedInRow));
        Assert.Equal("Completed", completedRow.QuerySelector("[data-testid=appointment-status]")!.TextContent);
        Assert.Empty(Buttons(completedRow));
        Assert.Equal("completed", (await GetAsync(host, booked.Id)).GetProperty("status").GetString());
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where record_id = @Id and actor_id = @Actor and action in ('appointment.check-in', 'appointment.complete')",
            new { Id = booked.Id.ToString(), Actor = desk.StaffId.ToString() }));
    }

    [Fact]
    public async Task No_show_and_cancel_with_a_reason_change_the_status_and_a_cancel_without_one_is_refused()
    {
        var clinic = await MondayClinicAsync(host);
        var missed = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var cancelled = await BookAsync(host, clinic, "2027-03-01T10:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var noShow = await ActAsync(desk, clinic, missed.Id, "no-show");
        var withoutReason = await ActAsync(desk, clinic, cancelled.Id, "cancel");
        var withReason = await ActAsync(desk, clinic, cancelled.Id, "cancel", "illness");

        Assert.Equal("no_show", (await GetAsync(host, missed.Id)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutReason.StatusCode);
        Assert.Equal("Choose why the appointment is cancelled.", (await ReceptionBrowser.ParseRowAsync(withoutReason)).QuerySelector("[data-testid=row-problem]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, noShow.StatusCode);
        var row = await ReceptionBrowser.ParseRowAsync(withReason);
        Assert.Equal("Cancelled", row.QuerySelector("[data-testid=appointment-status]")!.TextContent);
        Assert.Contains("Illness", row.QuerySelector("[data-testid=appointment-row]")!.TextContent);
        var appointment = await GetAsync(host, cancelled.Id);
        Assert.Equal("cancelled", appointment.GetProperty("status").GetString());
        Assert.Equal("illness", appointment.GetProperty("cancelReason").GetString());
    }

    [Fact]
    public async Task An_action_someone_else_made_impossible_answers_409_with_the_row_as_it_is_now()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        await desk.DocumentAsync(Page(clinic));
        await ClinicBuilder.ReadAsync(await host.Admin().PostAsJsonAsync($"/api/v1/appointments/{booked.Id}/check-in", new { }));

        var response = await ActAsync(desk, clinic, booked.Id, "no-show");
        var row = await ReceptionBrowser.ParseRowAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(
            "This appointment is checked in now, so it cannot be marked as a no-show. What can still be done: complete.",
            row.QuerySelector("[data-testid=row-problem]")!.TextContent);
        Assert.Equal("Checked in", row.QuerySelector("[data-testid=appointment-status]")!.TextContent);
        Assert.Equal(["action-complete"], Buttons(row));
    }

    [Fact]
    public async Task Without_javascript_an_action_returns_to_the_list_and_a_refusal_is_a_readable_page()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var done = await ActAsync(desk, clinic, booked.Id, "check-in", htmx: false);
        var refused = await ActAsync(desk, clinic, booked.Id, "check-in", htmx: false);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(Page(clinic), done.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("cannot be checked in", (await ReceptionBrowser.ParseAsync(refused)).QuerySelector("[data-testid=reception-message]")!.TextContent);
    }

    [Fact]
    public async Task Another_locations_desk_finds_nothing_and_a_practitioner_may_not_cancel()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z", practitionerId: clinic.PractitionerIds[0]);
        var elsewhere = await ReceptionBrowser.SignInAsync(host, "reception", [Guid.NewGuid()]);
        var practitioner = await ReceptionBrowser.SignInAsync(host, "practitioner", [clinic.LocationId], clinic.PractitionerIds[0]);

        var foreign = await elsewhere.SubmitAsync("/reception", $"/reception/appointments/{booked.Id}/status", new() { ["action"] = "check-in" }, htmx: true);
        var cancel = await practitioner.SubmitAsync($"/reception?date={Monday}", $"/reception/appointments/{booked.Id}/status", new() { ["action"] = "cancel", ["reason"] = "other" }, htmx: true);
        var checkIn = await practitioner.SubmitAsync($"/reception?date={Monday}", $"/reception/appointments/{booked.Id}/status", new() { ["action"] = "check-in" }, htmx: true);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        Assert.Equal("checked_in", (await GetAsync(host, booked.Id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_field_is_refused()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        await desk.DocumentAsync(Page(clinic));

        var response = await desk.PostWithoutTokenAsync($"/reception/appointments/{booked.Id}/status", new() { ["action"] = "check-in" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("confirmed", (await GetAsync(host, booked.Id)).GetProperty("status").GetString());
    }
}
