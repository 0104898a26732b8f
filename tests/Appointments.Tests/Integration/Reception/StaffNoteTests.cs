using System.Net;
using System.Text.Json;
using Dapper;
using WellPath.TestSupport;
using static WellPath.Appointments.Tests.Integration.Reception.ReceptionClinics;

namespace WellPath.Appointments.Tests.Integration.Reception;

[Collection(AppointmentsHostCollection.Name)]
public sealed class StaffNoteTests(AppointmentsHost host)
{
    private static Task<HttpResponseMessage> NoteAsync(ReceptionBrowser browser, Clinic clinic, Guid id, string text) =>
        browser.SubmitAsync($"/reception?locationId={clinic.LocationId}&date={Monday}", $"/reception/appointments/{id}/notes",
            new() { ["text"] = text, ["view"] = "today" }, htmx: true);

    private async Task<int> CountNotesAsync(Guid id)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("select count(*) from appointments.staff_notes where appointment_id = @id", new { id });
    }

    [Fact]
    public async Task A_note_shows_on_the_row_with_its_author_and_is_audited_with_its_text()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var response = await NoteAsync(desk, clinic, booked.Id, "  Paid the deposit in cash.  ");
        var row = await ReceptionBrowser.ParseRowAsync(response);
        var page = await desk.DocumentAsync($"/reception?locationId={clinic.LocationId}&date={Monday}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Note added.", row.QuerySelector("[data-testid=row-notice]")!.TextContent);
        var note = page.QuerySelector("[data-testid=staff-note]")!.TextContent;
        Assert.StartsWith("Paid the deposit in cash. — Desk reception, ", note);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var changes = await connection.QuerySingleAsync<string>(
            "select changes::text from kernel.audit_events where action = 'appointment.note_added' and record_id = @Id and actor_id = @Actor",
            new { Id = booked.Id.ToString(), Actor = desk.StaffId.ToString() });
        Assert.Equal("Paid the deposit in cash.", JsonDocument.Parse(changes).RootElement.GetProperty("after").GetProperty("body").GetString());
    }

    [Theory]
    [InlineData("   ", "Write the note first.")]
    [InlineData(null, "A note is at most 1000 characters; this one has 1001.")]
    public async Task An_empty_or_too_long_note_is_refused_next_to_the_field_and_keeps_the_text(string? text, string message)
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        var typed = text ?? new string('x', 1001);

        var response = await NoteAsync(desk, clinic, booked.Id, typed);
        var row = await ReceptionBrowser.ParseRowAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, row.QuerySelector("[data-testid=note-error]")!.TextContent);
        Assert.Equal(typed, row.QuerySelector("[data-testid=note-text]")!.TextContent);
        Assert.Equal(0, await CountNotesAsync(booked.Id));
    }

    [Fact]
    public async Task A_note_of_exactly_1000_characters_is_kept_whole()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var response = await NoteAsync(desk, clinic, booked.Id, new string('y', 1000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1000, await connection.ExecuteScalarAsync<int>("select length(body) from appointments.staff_notes where appointment_id = @Id", new { booked.Id }));
    }

    [Fact]
    public async Task Nobody_outside_the_appointments_scope_can_write_a_note_on_it()
    {
        var clinic = await MondayClinicAsync(host, practitioners: 2);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z", practitionerId: clinic.PractitionerIds[0]);
        var elsewhere = await ReceptionBrowser.SignInAsync(host, "reception", [Guid.NewGuid()]);
        var colleague = await ReceptionBrowser.SignInAsync(host, "practitioner", [clinic.LocationId], clinic.PractitionerIds[1]);
        var own = await ReceptionBrowser.SignInAsync(host, "practitioner", [clinic.LocationId], clinic.PractitionerIds[0]);

        var foreign = await elsewhere.SubmitAsync("/reception", $"/reception/appointments/{booked.Id}/notes", new() { ["text"] = "peek" }, htmx: true);
        var notMine = await colleague.SubmitAsync("/reception", $"/reception/appointments/{booked.Id}/notes", new() { ["text"] = "peek" }, htmx: true);
        var mine = await own.SubmitAsync("/reception", $"/reception/appointments/{booked.Id}/notes", new() { ["text"] = "Allergic to lavender oil." }, htmx: true);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(1, await CountNotesAsync(booked.Id));
    }
}
