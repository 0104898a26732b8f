using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class AuditApiTests(AccessHost host)
{
    [Fact]
    public async Task The_audit_events_api_filters_by_record_action_and_dates()
    {
        var staff = await host.CreateStaffAsync("operations");
        await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{staff.Id}", new { role = "admin" });
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");
        var record = $"recordType=staff&recordId={staff.Id}";

        var all = await ItemsAsync($"?{record}");
        var updates = await ItemsAsync($"?{record}&action=staff.updated");
        var byActor = await ItemsAsync($"?{record}&actorId=bootstrap-admin");
        var todayOnly = await ItemsAsync($"?{record}&from={today}&to={today}");
        var fromTomorrow = await ItemsAsync($"?{record}&from={tomorrow}");

        Assert.Equal(["staff.updated", "staff.created"], all.Select(e => e.GetProperty("action").GetString()));
        var update = Assert.Single(updates);
        Assert.Equal("admin", update.GetProperty("changes").GetProperty("after").GetProperty("role").GetString());
        Assert.Equal(2, byActor.Count);
        Assert.Equal(2, todayOnly.Count);
        Assert.Empty(fromTomorrow);
    }

    [Fact]
    public async Task Dates_are_read_in_the_given_time_zone()
    {
        var staff = await host.CreateStaffAsync("operations");
        var created = (await ItemsAsync($"?recordType=staff&recordId={staff.Id}")).Single().GetProperty("occurredAt").GetDateTimeOffset();
        // Far east of UTC the local date can already be tomorrow; in UTC-12 it can still be yesterday.
        var kiribati = TimeZoneInfo.ConvertTime(created, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati")).ToString("yyyy-MM-dd");

        var inZone = await ItemsAsync($"?recordType=staff&recordId={staff.Id}&from={kiribati}&to={kiribati}&zone=Pacific/Kiritimati");

        Assert.Single(inZone);
    }

    [Theory]
    [InlineData("from", "2027-02-30")]
    [InlineData("to", "yesterday")]
    [InlineData("from", "0001-01-01")]
    [InlineData("to", "9999-12-31")]
    [InlineData("zone", "Mars/Olympus_Mons")]
    [InlineData("zone", "../../../etc/passwd")]
    [InlineData("page", "-1")]
    [InlineData("recordId", null)]
    public async Task Bad_audit_filters_answer_422_naming_the_filter(string field, string? value)
    {
        var response = await host.Admin().GetAsync($"/api/v1/audit-events?{field}={Uri.EscapeDataString(value ?? new string('x', 201))}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task A_start_after_the_end_answers_422()
    {
        var response = await host.Admin().GetAsync("/api/v1/audit-events?from=2027-03-02&to=2027-03-01");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("before the start date", await response.Content.ReadAsStringAsync());
    }

    private async Task<List<JsonElement>> ItemsAsync(string query)
    {
        var response = await host.Admin().GetAsync("/api/v1/audit-events" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}
