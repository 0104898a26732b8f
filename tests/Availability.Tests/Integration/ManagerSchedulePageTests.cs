using System.Net;
using System.Net.Http.Json;
using static WellPath.Availability.Tests.Integration.ScheduleForms;

namespace WellPath.Availability.Tests.Integration;

[Collection(AvailabilityHostCollection.Name)]
public sealed class ManagerSchedulePageTests(AvailabilityHost host)
{
    [Fact]
    public async Task A_manager_sees_other_locations_rules_read_only_and_saving_keeps_them()
    {
        var mine = await host.ClinicAsync();
        var theirs = await host.ClinicAsync();
        var practitioner = await host.PractitionerAtAsync(mine.LocationId, theirs.LocationId);
        (await host.Admin().PutAsJsonAsync($"/api/v1/practitioners/{practitioner}/weekly-schedule", new
        {
            rules = new[]
            {
                new { weekday = "monday", locationId = mine.LocationId, start = "09:00", end = "12:00", breaks = Array.Empty<object>() },
                new { weekday = "tuesday", locationId = theirs.LocationId, start = "13:00", end = "17:00", breaks = Array.Empty<object>() },
            },
        })).EnsureSuccessStatusCode();
        var manager = await StaffBrowser.SignInAsync(host, "clinic_manager", mine.LocationId);
        var page = $"/staff/schedules/{practitioner}";

        var before = await manager.DocumentAsync(page);
        var saved = await manager.SubmitAsync(page, page, [.. Row("wednesday", mine.LocationId, "08:00", "11:00")]);
        var after = await manager.DocumentAsync(page);

        var readOnly = Assert.Single(before.QuerySelectorAll("[data-testid=read-only-rule]"));
        Assert.StartsWith("tuesday 13:00–17:00", Text(readOnly.TextContent));
        var rows = before.QuerySelectorAll("#week-form [data-testid=week-row]");
        Assert.Equal(1 + 3, rows.Length);
        Assert.Equal("09:00", rows[0].QuerySelector("input[name=start]")!.GetAttribute("value"));
        Assert.All(before.QuerySelectorAll("#week-form select[name=locationId] option"), o => Assert.Equal(mine.LocationId.ToString(), o.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Empty(Rules(after, "monday"));
        Assert.Single(Rules(after, "wednesday"));
        Assert.StartsWith("13:00–17:00", Assert.Single(Rules(after, "tuesday")));
        Assert.Single(after.QuerySelectorAll("[data-testid=read-only-rule]"));
    }

    [Fact]
    public async Task A_manager_cannot_remove_extra_hours_at_another_managers_location_from_the_page()
    {
        var mine = await host.ClinicAsync();
        var theirs = await host.ClinicAsync();
        var practitioner = await host.PractitionerAtAsync(mine.LocationId, theirs.LocationId);
        (await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{practitioner}/exceptions",
            new { kind = "available", reason = "other", locationId = theirs.LocationId, start = "2027-04-03T09:00", end = "2027-04-03T12:00" })).EnsureSuccessStatusCode();
        (await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{practitioner}/exceptions",
            new { kind = "unavailable", reason = "holiday", start = "2027-04-05T00:00", end = "2027-04-06T00:00" })).EnsureSuccessStatusCode();
        var manager = await StaffBrowser.SignInAsync(host, "clinic_manager", mine.LocationId);

        var page = await manager.DocumentAsync($"/staff/schedules/{practitioner}");

        var rows = page.QuerySelectorAll("[data-testid=exception-row]");
        Assert.Equal(2, rows.Length);
        Assert.Null(rows[0].QuerySelector("[data-testid=remove-exception]"));
        Assert.NotNull(rows[1].QuerySelector("[data-testid=remove-exception]"));
        Assert.DoesNotContain(page.QuerySelectorAll("[data-testid=exception-form] select[name=locationId] option"), o => o.GetAttribute("value") == theirs.LocationId.ToString());
    }
}
