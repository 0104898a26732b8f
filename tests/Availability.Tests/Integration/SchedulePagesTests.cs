using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using static WellPath.Availability.Tests.Integration.ScheduleForms;

namespace WellPath.Availability.Tests.Integration;

[Collection(AvailabilityHostCollection.Name)]
public sealed class SchedulePagesTests(AvailabilityHost host)
{
    [Fact]
    public async Task An_admin_saves_a_week_from_the_form_and_sees_it_in_the_roster_grid()
    {
        var clinic = await host.ClinicAsync();
        var practitioner = clinic.PractitionerIds[0];
        var admin = await StaffBrowser.SignInAsync(host, "admin");
        var page = $"/staff/schedules/{practitioner}";

        var saved = await admin.SubmitAsync(page, page, [
            .. Row("monday", clinic.LocationId, "09:00", "17:00", "12:00-12:30, 15:00-15:15"),
            .. Row("tuesday", clinic.LocationId, "10:00", "14:00", from: "2027-01-01"),
            .. Row("monday", clinic.LocationId, "", ""),
        ]);
        var after = await admin.DocumentAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/staff/schedules/{practitioner}?saved=week#week-form", saved.Headers.Location!.OriginalString);
        Assert.Equal("The weekly schedule was saved.", after.QuerySelector("[data-testid=schedule-notice]")!.TextContent);
        var monday = Assert.Single(Rules(after, "monday"));
        Assert.StartsWith("09:00–17:00", monday);
        Assert.Contains("Breaks 12:00-12:30, 15:00-15:15", monday);
        Assert.Contains("from 2027-01-01", Assert.Single(Rules(after, "tuesday")));
        Assert.Empty(Rules(after, "sunday"));
        Assert.Equal(7, after.QuerySelectorAll("[data-testid=roster-day]").Length);
        Assert.Equal(2 + 3, after.QuerySelectorAll("[data-testid=week-row]").Length);
        var slots = await AvailabilityHost.ReadAsync(await host.Anonymous().GetAsync(
            $"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from=2027-03-01&to=2027-03-01"));
        Assert.DoesNotContain(slots.GetProperty("slots").EnumerateArray(), s => s.GetProperty("start").GetString() == "2027-03-01T12:00:00+00:00");
    }

    [Fact]
    public async Task A_refused_week_shows_each_error_next_to_its_rule_and_keeps_what_was_typed()
    {
        var clinic = await host.ClinicAsync();
        var other = await host.ClinicAsync();
        var admin = await StaffBrowser.SignInAsync(host, "admin");
        var page = $"/staff/schedules/{clinic.PractitionerIds[0]}";

        var response = await admin.SubmitAsync(page, page, [
            .. Row("monday", clinic.LocationId, "", ""),
            .. Row("monday", clinic.LocationId, "09:00", "12:00", "11:30-12:30"),
            .. Row("friday", other.LocationId, "13:00", "12:00"),
        ]);
        var document = await StaffBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var rows = document.QuerySelectorAll("[data-testid=week-row]");
        Assert.Null(rows[0].QuerySelector("[data-testid=week-row-error]"));
        Assert.Contains("Breaks must lie inside the rule", rows[1].QuerySelector("[data-testid=week-row-error]")!.TextContent);
        Assert.Equal("true", rows[1].GetAttribute("aria-invalid"));
        Assert.Equal("11:30-12:30", ((IHtmlInputElement)rows[1].QuerySelector("input[name=breaks]")!).Value);
        Assert.Contains("end after it starts", rows[2].QuerySelector("[data-testid=week-row-error]")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("[data-testid=roster-rule]"));
    }

    [Fact]
    public async Task A_rule_at_another_location_is_refused_next_to_it()
    {
        var clinic = await host.ClinicAsync();
        var admin = await StaffBrowser.SignInAsync(host, "admin");
        var page = $"/staff/schedules/{clinic.PractitionerIds[0]}";

        var response = await admin.SubmitAsync(page, page, [.. Row("monday", Guid.NewGuid(), "09:00", "12:00")]);
        var document = await StaffBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("not assigned to this location", document.QuerySelector("[data-testid=week-row-error]")!.TextContent);
    }

    [Fact]
    public async Task Exceptions_are_added_listed_and_removed()
    {
        var clinic = await host.ClinicAsync();
        var manager = await StaffBrowser.SignInAsync(host, "clinic_manager", clinic.LocationId);
        var page = $"/staff/schedules/{clinic.PractitionerIds[0]}";

        var refused = await manager.SubmitAsync(page, $"{page}/exceptions", [
            new("kind", "unavailable"), new("reason", "holiday"), new("locationId", ""), new("start", "2027-08-10T00:00"), new("end", "2027-08-01T00:00"),
        ]);
        var added = await manager.SubmitAsync(page, $"{page}/exceptions", [
            new("kind", "unavailable"), new("reason", "holiday"), new("locationId", ""), new("start", "2027-08-01T00:00"), new("end", "2027-08-15T00:00"),
        ]);
        var listed = await manager.DocumentAsync(page);
        var row = Assert.Single(listed.QuerySelectorAll("[data-testid=exception-row]"));
        var removeAction = row.QuerySelector("form")!.GetAttribute("action")!;
        var removed = await manager.SubmitAsync(page, removeAction, []);
        var after = await manager.DocumentAsync(page);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("end after it starts", (await StaffBrowser.ParseAsync(refused)).QuerySelector("[data-testid=end-error]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("2027-08-01 00:00", row.TextContent);
        Assert.Contains("Every location", row.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(after.QuerySelectorAll("[data-testid=exception-row]"));
        Assert.NotNull(after.QuerySelector("[data-testid=exceptions-none]"));
    }

    [Fact]
    public async Task A_clinic_manager_sees_and_edits_only_practitioners_at_their_locations()
    {
        var mine = await host.ClinicAsync();
        var theirs = await host.ClinicAsync();
        var manager = await StaffBrowser.SignInAsync(host, "clinic_manager", mine.LocationId);

        var list = await manager.DocumentAsync("/staff/schedules");
        var outside = await manager.GetAsync($"/staff/schedules/{theirs.PractitionerIds[0]}");
        var page = $"/staff/schedules/{mine.PractitionerIds[0]}";
        var saved = await manager.SubmitAsync(page, page, [.. Row("wednesday", mine.LocationId, "08:00", "12:00")]);
        var postOutside = await manager.SubmitAsync(page, $"/staff/schedules/{theirs.PractitionerIds[0]}", [.. Row("wednesday", theirs.LocationId, "08:00", "12:00")]);

        var links = list.QuerySelectorAll("[data-testid=schedule-practitioner] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/staff/schedules/{mine.PractitionerIds[0]}", links);
        Assert.DoesNotContain($"/staff/schedules/{theirs.PractitionerIds[0]}", links);
        Assert.Equal([mine.LocationId.ToString()], list.QuerySelectorAll("[data-testid=schedule-location-filter] option").Select(o => o.GetAttribute("value")).Where(v => v != ""));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, postOutside.StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_location()
    {
        var first = await host.ClinicAsync();
        var second = await host.ClinicAsync();
        var admin = await StaffBrowser.SignInAsync(host, "admin");

        var list = await admin.DocumentAsync($"/staff/schedules?locationId={second.LocationId}");

        var links = list.QuerySelectorAll("[data-testid=schedule-practitioner] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/staff/schedules/{second.PractitionerIds[0]}", links);
        Assert.DoesNotContain($"/staff/schedules/{first.PractitionerIds[0]}", links);
    }
}
