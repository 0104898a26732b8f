using System.Net;
using System.Net.Http.Json;
using Dapper;

namespace WellPath.Availability.Tests.Integration;

/// <summary>
/// A clinic manager replacing the week of a practitioner who also works at another manager's location replaces only
/// the rules at their own locations; the others stay exactly as they were.
/// </summary>
[Collection(AvailabilityHostCollection.Name)]
public sealed class ManagerScopedRosterTests(AvailabilityHost host)
{
    private static object Rule(string weekday, Guid locationId, string start, string end) => new { weekday, locationId, start, end, breaks = Array.Empty<object>() };

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid practitionerId, params object[] rules) =>
        client.PutAsJsonAsync($"/api/v1/practitioners/{practitionerId}/weekly-schedule", new { rules });

    private async Task<List<(Guid Id, Guid LocationId, short Weekday, TimeOnly Start)>> StoredAsync(Guid practitionerId)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(Guid, Guid, short, TimeOnly)>(
            "select id, location_id, weekday, start_time from availability.weekly_rules where practitioner_id = @practitionerId order by position",
            new { practitionerId })).ToList();
    }

    [Fact]
    public async Task A_manager_replaces_only_the_rules_at_their_locations_and_the_others_stay_untouched()
    {
        var mine = await host.ClinicAsync();
        var theirs = await host.ClinicAsync();
        var practitioner = await host.PractitionerAtAsync(mine.LocationId, theirs.LocationId);
        (await PutAsync(host.Admin(), practitioner, Rule("monday", mine.LocationId, "09:00", "12:00"), Rule("tuesday", theirs.LocationId, "09:00", "17:00"))).EnsureSuccessStatusCode();
        var kept = (await StoredAsync(practitioner)).Single(r => r.LocationId == theirs.LocationId);
        var manager = await host.StaffAsync("clinic_manager", mine.LocationId);

        var response = await PutAsync(manager, practitioner, Rule("wednesday", mine.LocationId, "10:00", "14:00"), Rule("thursday", mine.LocationId, "10:00", "14:00"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await AvailabilityHost.ReadAsync(response);
        Assert.Equal(["tuesday", "wednesday", "thursday"], body.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("weekday").GetString()));
        var stored = await StoredAsync(practitioner);
        Assert.Equal(3, stored.Count);
        Assert.Equal(kept, stored[0]);
        Assert.All(stored.Skip(1), r => Assert.Equal(mine.LocationId, r.LocationId));
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var audit = await connection.ExecuteScalarAsync<string>(
            "select changes::text from kernel.audit_events where action = 'weekly_schedule.replaced' and record_id = @Id order by occurred_at desc limit 1", new { Id = practitioner.ToString() });
        Assert.Contains("\"monday\"", audit);
        Assert.Contains("\"wednesday\"", audit);
        Assert.Contains("\"tuesday\"", audit);
    }

    [Fact]
    public async Task A_manager_sending_a_rule_for_a_location_outside_their_scope_gets_403_and_nothing_changes()
    {
        var mine = await host.ClinicAsync();
        var theirs = await host.ClinicAsync();
        var practitioner = await host.PractitionerAtAsync(mine.LocationId, theirs.LocationId);
        (await PutAsync(host.Admin(), practitioner, Rule("monday", mine.LocationId, "09:00", "12:00"), Rule("tuesday", theirs.LocationId, "09:00", "17:00"))).EnsureSuccessStatusCode();
        var before = await StoredAsync(practitioner);
        var manager = await host.StaffAsync("clinic_manager", mine.LocationId);

        var response = await PutAsync(manager, practitioner, Rule("monday", mine.LocationId, "09:00", "12:00"), Rule("friday", theirs.LocationId, "09:00", "17:00"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await StoredAsync(practitioner));
    }

    [Fact]
    public async Task A_managers_rule_overlapping_a_kept_rule_at_another_location_is_refused_next_to_it()
    {
        var mine = await host.ClinicAsync();
        var theirs = await host.ClinicAsync();
        var practitioner = await host.PractitionerAtAsync(mine.LocationId, theirs.LocationId);
        (await PutAsync(host.Admin(), practitioner, Rule("tuesday", theirs.LocationId, "09:00", "13:00"))).EnsureSuccessStatusCode();
        var manager = await host.StaffAsync("clinic_manager", mine.LocationId);

        var overlapping = await PutAsync(manager, practitioner, Rule("monday", mine.LocationId, "09:00", "12:00"), Rule("tuesday", mine.LocationId, "12:00", "17:00"));
        var touching = await PutAsync(manager, practitioner, Rule("tuesday", mine.LocationId, "13:00", "17:00"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlapping.StatusCode);
        var problem = await overlapping.Content.ReadAsStringAsync();
        Assert.Contains("rules[1]", problem);
        Assert.Contains("only that location's manager can change", problem);
        Assert.Equal(HttpStatusCode.OK, touching.StatusCode);
    }

    [Fact]
    public async Task An_admin_still_replaces_the_whole_week()
    {
        var first = await host.ClinicAsync();
        var second = await host.ClinicAsync();
        var practitioner = await host.PractitionerAtAsync(first.LocationId, second.LocationId);
        (await PutAsync(host.Admin(), practitioner, Rule("monday", first.LocationId, "09:00", "12:00"), Rule("tuesday", second.LocationId, "09:00", "17:00"))).EnsureSuccessStatusCode();

        (await PutAsync(host.Admin(), practitioner, Rule("friday", first.LocationId, "09:00", "12:00"))).EnsureSuccessStatusCode();

        var stored = Assert.Single(await StoredAsync(practitioner));
        Assert.Equal(5, stored.Weekday);
    }
}
