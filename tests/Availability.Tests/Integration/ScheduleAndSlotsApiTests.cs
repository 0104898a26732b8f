using WellPath.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace WellPath.Availability.Tests.Integration;

[Collection(AvailabilityHostCollection.Name)]
public sealed class ScheduleAndSlotsApiTests(AvailabilityHost host)
{
    private static object Rule(string weekday, Guid locationId, string start, string end, params object[] breaks) =>
        new { weekday, locationId, start, end, breaks };

    private async Task<HttpResponseMessage> PutScheduleAsync(HttpClient client, Guid practitionerId, params object[] rules) =>
        await client.PutAsJsonAsync($"/api/v1/practitioners/{practitionerId}/weekly-schedule", new { rules });

    private async Task<List<JsonElement>> SlotsAsync(HttpClient client, Clinic clinic, string from, string? to = null)
    {
        var body = await AvailabilityHost.ReadAsync(await client.GetAsync(
            $"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from={from}&to={to ?? from}"));
        return body.GetProperty("slots").EnumerateArray().ToList();
    }

    [Fact]
    public async Task A_weekly_schedule_is_replaced_and_its_slots_are_offered_with_the_locations_offset()
    {
        var clinic = await host.ClinicAsync();
        var practitioner = clinic.PractitionerIds[0];

        var put = await PutScheduleAsync(host.Admin(), practitioner, Rule("monday", clinic.LocationId, "09:00", "12:00", new { start = "10:00", end = "10:30" }));
        var slots = await SlotsAsync(host.Anonymous(), clinic, "2027-03-01");
        var summer = await SlotsAsync(host.Anonymous(), clinic, "2027-05-03");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var schedule = await AvailabilityHost.ReadAsync(put);
        Assert.Equal("monday", schedule.GetProperty("rules")[0].GetProperty("weekday").GetString());
        Assert.Equal("2027-03-01T09:00:00+00:00", slots[0].GetProperty("start").GetString());
        Assert.Equal("2027-03-01T09:30:00+00:00", slots[0].GetProperty("end").GetString());
        Assert.Equal(practitioner, slots[0].GetProperty("practitionerId").GetGuid());
        Assert.DoesNotContain(slots, s => s.GetProperty("start").GetString() == "2027-03-01T10:00:00+00:00");
        Assert.Equal("2027-05-03T09:00:00+01:00", summer[0].GetProperty("start").GetString());
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'weekly_schedule.replaced' and record_id = @Id", new { Id = practitioner.ToString() }));
    }

    [Fact]
    public async Task The_slots_answer_names_the_service_location_and_time_zone()
    {
        var clinic = await host.ClinicAsync("America/New_York");
        await PutScheduleAsync(host.Admin(), clinic.PractitionerIds[0], Rule("friday", clinic.LocationId, "09:00", "17:00"), Rule("monday", clinic.LocationId, "09:00", "17:00"));

        var body = await AvailabilityHost.ReadAsync(await host.Anonymous().GetAsync(
            $"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from=2027-11-05&to=2027-11-08"));

        Assert.Equal(clinic.ServiceId, body.GetProperty("serviceId").GetGuid());
        Assert.Equal(clinic.LocationId, body.GetProperty("locationId").GetGuid());
        Assert.Equal("America/New_York", body.GetProperty("timeZone").GetString());
        var starts = body.GetProperty("slots").EnumerateArray().Select(s => DateTimeOffset.Parse(s.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(new DateTimeOffset(2027, 11, 5, 13, 0, 0, TimeSpan.Zero), starts.First());
        Assert.Equal(new DateTimeOffset(2027, 11, 8, 14, 0, 0, TimeSpan.Zero), starts.First(s => s.Day == 8));
        Assert.Equal("2027-11-08T09:00:00-05:00", body.GetProperty("slots").EnumerateArray().First(s => s.GetProperty("start").GetString()!.StartsWith("2027-11-08", StringComparison.Ordinal)).GetProperty("start").GetString());
    }

    [Fact]
    public async Task A_rule_at_a_location_the_practitioner_does_not_work_at_is_refused()
    {
        var clinic = await host.ClinicAsync();

        var response = await PutScheduleAsync(host.Admin(), clinic.PractitionerIds[0], Rule("monday", Guid.NewGuid(), "09:00", "12:00"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("rules[0].locationId", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Overlapping_rules_at_two_locations_are_refused_with_a_clear_message()
    {
        var first = await host.ClinicAsync();
        var second = await host.ClinicAsync();
        var practitioner = await AvailabilityHost.ReadAsync(await host.Admin().PostAsJsonAsync("/api/v1/practitioners",
            new { name = "Dr Two Places", locationIds = new[] { first.LocationId, second.LocationId } }));
        var id = practitioner.GetProperty("id").GetGuid();

        var response = await PutScheduleAsync(host.Admin(), id,
            Rule("monday", first.LocationId, "09:00", "13:00"), Rule("monday", second.LocationId, "12:00", "17:00"));
        var touching = await PutScheduleAsync(host.Admin(), id,
            Rule("monday", first.LocationId, "09:00", "12:00"), Rule("monday", second.LocationId, "12:00", "17:00"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("two locations at once", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, touching.StatusCode);
    }

    [Theory]
    [InlineData("Monday", "09:00", "12:00", "rules[0].weekday")]
    [InlineData("monday", "9:00", "12:00", "rules[0].start")]
    [InlineData("monday", "12:00", "09:00", "rules[0].end")]
    public async Task Malformed_rules_answer_422_naming_the_field(string weekday, string start, string end, string field)
    {
        var clinic = await host.ClinicAsync();

        var response = await PutScheduleAsync(host.Admin(), clinic.PractitionerIds[0], Rule(weekday, clinic.LocationId, start, end));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task A_break_outside_its_rule_is_refused()
    {
        var clinic = await host.ClinicAsync();

        var response = await PutScheduleAsync(host.Admin(), clinic.PractitionerIds[0], Rule("monday", clinic.LocationId, "09:00", "12:00", new { start = "11:30", end = "12:30" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("rules[0].breaks", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_practitioner_answers_404()
    {
        var response = await PutScheduleAsync(host.Admin(), Guid.NewGuid(), Rule("monday", Guid.NewGuid(), "09:00", "12:00"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_clinic_manager_edits_schedules_only_at_their_own_locations()
    {
        var mine = await host.ClinicAsync();
        var other = await host.ClinicAsync();
        var manager = await host.StaffAsync("clinic_manager", mine.LocationId);

        var own = await PutScheduleAsync(manager, mine.PractitionerIds[0], Rule("monday", mine.LocationId, "09:00", "12:00"));
        var foreign = await PutScheduleAsync(manager, other.PractitionerIds[0], Rule("monday", other.LocationId, "09:00", "12:00"));
        var reception = await PutScheduleAsync(await host.StaffAsync("reception", mine.LocationId), mine.PractitionerIds[0], Rule("monday", mine.LocationId, "09:00", "12:00"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reception.StatusCode);
    }

    [Fact]
    public async Task An_unavailable_exception_takes_its_time_away_and_removing_it_gives_it_back()
    {
        var clinic = await host.ClinicAsync();
        var practitioner = clinic.PractitionerIds[0];
        await PutScheduleAsync(host.Admin(), practitioner, Rule("monday", clinic.LocationId, "09:00", "12:00"));

        var added = await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{practitioner}/exceptions",
            new { kind = "unavailable", reason = "sick_leave", start = "2027-03-01T00:00", end = "2027-03-02T00:00" });
        var during = await SlotsAsync(host.Anonymous(), clinic, "2027-03-01");
        var id = (await AvailabilityHost.ReadAsync(added)).GetProperty("id").GetGuid();
        var removed = await host.Admin().DeleteAsync($"/api/v1/practitioners/{practitioner}/exceptions/{id}");
        var after = await SlotsAsync(host.Anonymous(), clinic, "2027-03-01");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Empty(during);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.NotEmpty(after);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin().DeleteAsync($"/api/v1/practitioners/{practitioner}/exceptions/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_available_exception_adds_extra_hours_at_its_location()
    {
        var clinic = await host.ClinicAsync();
        var practitioner = clinic.PractitionerIds[0];

        var added = await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{practitioner}/exceptions",
            new { kind = "available", reason = "other", locationId = clinic.LocationId, start = "2027-03-06T10:00", end = "2027-03-06T11:00" });
        var slots = await SlotsAsync(host.Anonymous(), clinic, "2027-03-06");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(["2027-03-06T10:00:00+00:00", "2027-03-06T10:15:00+00:00", "2027-03-06T10:30:00+00:00"], slots.Select(s => s.GetProperty("start").GetString()));
    }

    [Theory]
    [InlineData("available", "other", false, "2027-03-06T10:00", "2027-03-06T11:00", "locationId")]
    [InlineData("unavailable", "party", false, "2027-03-06T10:00", "2027-03-06T11:00", "reason")]
    [InlineData("maybe", "other", false, "2027-03-06T10:00", "2027-03-06T11:00", "kind")]
    [InlineData("unavailable", "other", false, "2027-03-06 10:00", "2027-03-06T11:00", "start")]
    [InlineData("unavailable", "other", false, "2027-03-06T11:00", "2027-03-06T10:00", "end")]
    public async Task A_bad_exception_answers_422_naming_the_field(string kind, string reason, bool withLocation, string start, string end, string field)
    {
        var clinic = await host.ClinicAsync();

        var response = await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{clinic.PractitionerIds[0]}/exceptions",
            new { kind, reason, locationId = withLocation ? clinic.LocationId : (Guid?)null, start, end });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Theory]
    [InlineData("from=2027-03-01&to=2027-05-03", HttpStatusCode.UnprocessableEntity)]
    [InlineData("from=2027-03-02&to=2027-03-01", HttpStatusCode.UnprocessableEntity)]
    [InlineData("from=2027-13-01&to=2027-03-01", HttpStatusCode.BadRequest)]
    [InlineData("to=2027-03-01", HttpStatusCode.BadRequest)]
    [InlineData("from=2027-03-01&to=2027-05-02", HttpStatusCode.OK)]
    public async Task The_slot_range_is_checked(string range, HttpStatusCode expected)
    {
        var clinic = await host.ClinicAsync();

        var response = await host.Anonymous().GetAsync($"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&{range}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_internal_service_is_invisible_to_anonymous_callers_and_offered_to_staff()
    {
        var clinic = await host.ClinicAsync(visibility: "internal");
        await PutScheduleAsync(host.Admin(), clinic.PractitionerIds[0], Rule("monday", clinic.LocationId, "09:00", "12:00"));
        var path = $"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from=2027-03-01&to=2027-03-01";

        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync(path)).StatusCode);
        Assert.NotEmpty(await SlotsAsync(await host.StaffAsync("reception", clinic.LocationId), clinic, "2027-03-01"));
    }

    [Fact]
    public async Task Asking_for_one_practitioner_lists_only_theirs_ordered_by_start_then_practitioner()
    {
        var clinic = await host.ClinicAsync(practitioners: 2);
        foreach (var practitioner in clinic.PractitionerIds)
        {
            await PutScheduleAsync(host.Admin(), practitioner, Rule("monday", clinic.LocationId, "09:00", "10:00"));
        }

        var all = await SlotsAsync(host.Anonymous(), clinic, "2027-03-01");
        var one = await AvailabilityHost.ReadAsync(await host.Anonymous().GetAsync(
            $"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from=2027-03-01&to=2027-03-01&practitionerId={clinic.PractitionerIds[1]}"));

        Assert.Equal(6, all.Count);
        var ordered = clinic.PractitionerIds.Select(p => p.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ordered[0], all[0].GetProperty("practitionerId").GetGuid().ToString());
        Assert.Equal(ordered[1], all[1].GetProperty("practitionerId").GetGuid().ToString());
        Assert.All(one.GetProperty("slots").EnumerateArray(), s => Assert.Equal(clinic.PractitionerIds[1], s.GetProperty("practitionerId").GetGuid()));
    }
}
