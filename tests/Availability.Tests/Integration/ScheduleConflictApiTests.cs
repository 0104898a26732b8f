using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WellPath.TestSupport;

namespace WellPath.Availability.Tests.Integration;

/// <summary>
/// The API keeps its contract (200 for a valid roster, 201 for an exception) and saves; what the change leaves
/// outside working time comes back in the extra field <c>affectedAppointments</c>.
/// </summary>
[Collection(AvailabilityHostCollection.Name)]
public sealed class ScheduleConflictApiTests(AvailabilityHost host)
{
    private static object Rule(string weekday, Guid locationId, string start, string end, string? effectiveFrom = null, string? effectiveUntil = null) =>
        new { weekday, locationId, start, end, breaks = Array.Empty<object>(), effectiveFrom, effectiveUntil };

    private Task<HttpResponseMessage> PutAsync(Guid practitionerId, params object[] rules) =>
        host.Admin().PutAsJsonAsync($"/api/v1/practitioners/{practitionerId}/weekly-schedule", new { rules });

    /// <summary>A clinic whose one practitioner works Mondays 09:00-17:00, with an hour-long service.</summary>
    private async Task<(Clinic Clinic, Guid Practitioner)> MondayClinicAsync(string timeZone = "Europe/London")
    {
        var clinic = await host.ClinicAsync(timeZone, duration: 60);
        await host.ScheduleAsync(clinic, clinic.PractitionerIds[0], ("monday", "09:00", "17:00"));
        return (clinic, clinic.PractitionerIds[0]);
    }

    private static List<JsonElement> Affected(JsonElement body) => body.GetProperty("affectedAppointments").EnumerateArray().ToList();

    [Fact]
    public async Task Shortening_a_day_saves_and_lists_the_appointments_left_outside_with_their_local_times()
    {
        var (clinic, practitioner) = await MondayClinicAsync("America/New_York");
        var morning = await host.BookAsync(clinic, "2027-03-01T10:00:00-05:00");
        var afternoon = await host.BookAsync(clinic, "2027-03-01T14:00:00-05:00");
        var cancelled = await host.BookAsync(clinic, "2027-03-08T14:00:00-05:00");
        await host.CancelAsync(cancelled.Id);

        var response = await PutAsync(practitioner, Rule("monday", clinic.LocationId, "09:00", "12:00"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await AvailabilityHost.ReadAsync(response);
        Assert.Equal("12:00", body.GetProperty("rules")[0].GetProperty("end").GetString());
        var affected = Assert.Single(Affected(body));
        Assert.Equal(afternoon.Id, affected.GetProperty("id").GetGuid());
        Assert.Equal(afternoon.Reference, affected.GetProperty("reference").GetString());
        Assert.Equal("confirmed", affected.GetProperty("status").GetString());
        Assert.Equal(clinic.LocationId, affected.GetProperty("locationId").GetGuid());
        Assert.Equal(clinic.ServiceId, affected.GetProperty("serviceId").GetGuid());
        Assert.Equal("2027-03-01T14:00:00-05:00", affected.GetProperty("start").GetString());
        Assert.Equal("2027-03-01T15:00:00-05:00", affected.GetProperty("end").GetString());
        Assert.NotEqual(morning.Reference, affected.GetProperty("reference").GetString());
        Assert.Contains(afternoon.Reference, await host.LastAuditChangesAsync("weekly_schedule.replaced", practitioner));
    }

    [Fact]
    public async Task A_roster_starting_later_lists_only_appointments_from_its_effective_date()
    {
        var (clinic, practitioner) = await MondayClinicAsync();
        await host.BookAsync(clinic, "2027-03-01T14:00:00+00:00");
        var later = await host.BookAsync(clinic, "2027-03-08T14:00:00+00:00");

        var body = await AvailabilityHost.ReadAsync(await PutAsync(practitioner,
            Rule("monday", clinic.LocationId, "09:00", "17:00", effectiveUntil: "2027-03-07"),
            Rule("monday", clinic.LocationId, "09:00", "12:00", effectiveFrom: "2027-03-08")));

        Assert.Equal([later.Reference], Affected(body).Select(a => a.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task An_appointment_already_outside_working_time_is_not_blamed_on_the_next_change()
    {
        var (clinic, practitioner) = await MondayClinicAsync();
        var afternoon = await host.BookAsync(clinic, "2027-03-01T14:00:00+00:00");
        var morning = await host.BookAsync(clinic, "2027-03-01T10:00:00+00:00");

        var first = await AvailabilityHost.ReadAsync(await PutAsync(practitioner, Rule("monday", clinic.LocationId, "09:00", "12:00")));
        var second = await AvailabilityHost.ReadAsync(await PutAsync(practitioner, Rule("monday", clinic.LocationId, "11:00", "12:00")));

        Assert.Equal([afternoon.Reference], Affected(first).Select(a => a.GetProperty("reference").GetString()));
        Assert.Equal([morning.Reference], Affected(second).Select(a => a.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task A_break_over_an_appointment_counts_and_a_roster_keeping_it_inside_lists_nothing()
    {
        var (clinic, practitioner) = await MondayClinicAsync();
        var lunch = await host.BookAsync(clinic, "2027-03-01T12:00:00+00:00");

        var same = await AvailabilityHost.ReadAsync(await PutAsync(practitioner, Rule("monday", clinic.LocationId, "08:00", "17:00")));
        var withBreak = await AvailabilityHost.ReadAsync(await host.Admin().PutAsJsonAsync($"/api/v1/practitioners/{practitioner}/weekly-schedule", new
        {
            rules = new[] { new { weekday = "monday", locationId = clinic.LocationId, start = "08:00", end = "17:00", breaks = new[] { new { start = "12:30", end = "13:00" } } } },
        }));

        Assert.Empty(Affected(same));
        Assert.Equal([lunch.Reference], Affected(withBreak).Select(a => a.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task An_unavailable_exception_is_saved_and_answers_the_appointments_it_covers()
    {
        var (clinic, practitioner) = await MondayClinicAsync();
        var covered = await host.BookAsync(clinic, "2027-03-01T14:00:00+00:00");
        await host.BookAsync(clinic, "2027-03-01T10:00:00+00:00");

        var sick = await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{practitioner}/exceptions",
            new { kind = "unavailable", reason = "sick_leave", start = "2027-03-01T13:00", end = "2027-03-02T00:00" });
        var extra = await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{practitioner}/exceptions",
            new { kind = "available", reason = "other", locationId = clinic.LocationId, start = "2027-03-01T17:00", end = "2027-03-01T19:00" });

        Assert.Equal(HttpStatusCode.Created, sick.StatusCode);
        var body = await AvailabilityHost.ReadAsync(sick);
        Assert.NotEqual(Guid.Empty, body.GetProperty("id").GetGuid());
        Assert.Equal($"/api/v1/practitioners/{practitioner}/exceptions/{body.GetProperty("id").GetGuid()}", sick.Headers.Location!.OriginalString);
        var affected = Assert.Single(Affected(body));
        Assert.Equal(covered.Reference, affected.GetProperty("reference").GetString());
        Assert.Equal("2027-03-01T14:00:00+00:00", affected.GetProperty("start").GetString());
        Assert.Equal(HttpStatusCode.Created, extra.StatusCode);
        Assert.Empty(Affected(await AvailabilityHost.ReadAsync(extra)));
        Assert.Empty(await SlotsAsync(clinic, "2027-03-01", "2027-03-01T13:00:00+00:00"));
    }

    private async Task<List<JsonElement>> SlotsAsync(Clinic clinic, string date, string at)
    {
        var body = await AvailabilityHost.ReadAsync(await host.Anonymous().GetAsync($"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from={date}&to={date}"));
        return body.GetProperty("slots").EnumerateArray().Where(s => s.GetProperty("start").GetString() == at).ToList();
    }

    [Fact]
    public async Task Removing_extra_hours_over_an_appointment_answers_204_removes_them_and_records_the_appointment_in_the_audit()
    {
        var (clinic, practitioner) = await MondayClinicAsync();
        var extra = await AvailabilityHost.ReadAsync(await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{practitioner}/exceptions",
            new { kind = "available", reason = "other", locationId = clinic.LocationId, start = "2027-03-01T17:00", end = "2027-03-01T19:00" }));
        var stranded = await host.BookAsync(clinic, "2027-03-01T17:00:00+00:00");
        await host.BookAsync(clinic, "2027-03-01T10:00:00+00:00");
        Assert.Single(await SlotsAsync(clinic, "2027-03-01", "2027-03-01T18:00:00+00:00"));

        var response = await host.Admin().DeleteAsync($"/api/v1/practitioners/{practitioner}/exceptions/{extra.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(await SlotsAsync(clinic, "2027-03-01", "2027-03-01T18:00:00+00:00"));
        var audit = JsonDocument.Parse(await host.LastAuditChangesAsync("schedule_exception.removed", practitioner)).RootElement;
        Assert.Equal([stranded.Reference], audit.GetProperty("leftOutsideWorkingTime").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("available", audit.GetProperty("before").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Removing_an_unavailable_exception_records_no_appointment()
    {
        var (clinic, practitioner) = await MondayClinicAsync();
        var covered = await host.BookAsync(clinic, "2027-03-01T14:00:00+00:00");
        var sick = await AvailabilityHost.ReadAsync(await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{practitioner}/exceptions",
            new { kind = "unavailable", reason = "sick_leave", start = "2027-03-01T13:00", end = "2027-03-02T00:00" }));

        var response = await host.Admin().DeleteAsync($"/api/v1/practitioners/{practitioner}/exceptions/{sick.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([covered.Reference], Affected(sick).Select(a => a.GetProperty("reference").GetString()));
        var audit = JsonDocument.Parse(await host.LastAuditChangesAsync("schedule_exception.removed", practitioner)).RootElement;
        Assert.Empty(audit.GetProperty("leftOutsideWorkingTime").EnumerateArray());
    }
}
