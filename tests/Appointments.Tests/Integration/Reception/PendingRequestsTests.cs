using System.Net;
using System.Text.Json;
using Dapper;
using WellPath.TestSupport;
using static WellPath.Appointments.Tests.Integration.Reception.ReceptionClinics;

namespace WellPath.Appointments.Tests.Integration.Reception;

[Collection(AppointmentsHostCollection.Name)]
public sealed class PendingRequestsTests(AppointmentsHost host)
{
    private static Task<HttpResponseMessage> AnswerAsync(ReceptionBrowser desk, Guid id, string action, string note = "") =>
        desk.SubmitAsync("/reception/requests", $"/reception/appointments/{id}/status",
            new() { ["action"] = action, ["note"] = note, ["view"] = "requests" }, htmx: true);

    [Fact]
    public async Task The_desk_sees_the_requests_at_its_locations_longest_waiting_first()
    {
        var clinic = await MondayClinicAsync(host, requiresApproval: true);
        var other = await MondayClinicAsync(host, requiresApproval: true);
        var plain = await MondayClinicAsync(host);
        var first = await BookAsync(host, clinic, "2027-03-01T15:00:00Z", "First Asked");
        var second = await BookAsync(host, clinic, "2027-03-01T09:00:00Z", "Second Asked");
        await BookAsync(host, other, "2027-03-01T09:00:00Z", "Elsewhere");
        await BookAsync(host, plain, "2027-03-01T09:00:00Z", "Not Waiting");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId, plain.LocationId]);

        var page = await desk.DocumentAsync("/reception/requests");

        var rows = page.QuerySelectorAll("[data-testid=request-row]");
        Assert.Equal([first.Reference, second.Reference], rows.Select(r => r.GetAttribute("data-reference")).ToList());
        Assert.Equal(["First Asked", "Second Asked"], page.QuerySelectorAll("[data-testid=request-customer]").Select(c => c.TextContent).ToList());
        Assert.NotNull(rows[0].QuerySelector("[data-testid=action-confirm]"));
        Assert.NotNull(rows[0].QuerySelector("[data-testid=action-decline]"));
    }

    [Fact]
    public async Task Confirming_and_declining_with_a_reason_answer_the_request_in_its_row()
    {
        var clinic = await MondayClinicAsync(host, requiresApproval: true);
        var confirmed = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var declined = await BookAsync(host, clinic, "2027-03-01T10:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "clinic_manager", [clinic.LocationId]);

        var confirm = await ReceptionBrowser.ParseRowAsync(await AnswerAsync(desk, confirmed.Id, "confirm"));
        var decline = await ReceptionBrowser.ParseRowAsync(await AnswerAsync(desk, declined.Id, "decline", "The therapist is away that week."));
        var after = await desk.DocumentAsync("/reception/requests");

        Assert.Equal("Confirmed", confirm.QuerySelector("[data-testid=request-status]")!.TextContent);
        Assert.Equal("Confirmed.", confirm.QuerySelector("[data-testid=row-notice]")!.TextContent);
        Assert.Null(confirm.QuerySelector("[data-testid=action-confirm]"));
        Assert.Equal("Declined.", decline.QuerySelector("[data-testid=row-notice]")!.TextContent);
        Assert.Equal("confirmed", (await GetAsync(host, confirmed.Id)).GetProperty("status").GetString());
        Assert.Equal("cancelled", (await GetAsync(host, declined.Id)).GetProperty("status").GetString());
        Assert.NotNull(after.QuerySelector("[data-testid=requests-none]"));
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var changes = await connection.QuerySingleAsync<string>(
            "select changes::text from kernel.audit_events where action = 'appointment.decline' and record_id = @Id", new { Id = declined.Id.ToString() });
        Assert.Equal("The therapist is away that week.", JsonDocument.Parse(changes).RootElement.GetProperty("after").GetProperty("note").GetString());
    }

    [Fact]
    public async Task Confirming_an_already_answered_request_says_so()
    {
        var clinic = await MondayClinicAsync(host, requiresApproval: true);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        await AnswerAsync(desk, booked.Id, "decline");

        var again = await AnswerAsync(desk, booked.Id, "confirm");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("This appointment is cancelled now, so it cannot be confirmed. Nothing more can be done to it.",
            (await ReceptionBrowser.ParseRowAsync(again)).QuerySelector("[data-testid=row-problem]")!.TextContent);
    }

    [Fact]
    public async Task Practitioners_have_no_requests_screen_and_another_location_is_not_found()
    {
        var clinic = await MondayClinicAsync(host, requiresApproval: true);
        var practitioner = await ReceptionBrowser.SignInAsync(host, "practitioner", [clinic.LocationId], clinic.PractitionerIds[0]);
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [Guid.NewGuid()]);

        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/reception/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.GetAsync($"/reception/requests?locationId={clinic.LocationId}")).StatusCode);
    }
}
