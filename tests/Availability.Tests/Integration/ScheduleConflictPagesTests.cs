using System.Net;
using System.Net.Http.Json;
using Dapper;
using WellPath.TestSupport;
using static WellPath.Availability.Tests.Integration.ScheduleForms;

namespace WellPath.Availability.Tests.Integration;

/// <summary>
/// The schedule page warns before saving a change that leaves appointments outside working time, lists them in the
/// location's local time, and saves only when "Save anyway" confirms that very list.
/// </summary>
[Collection(AvailabilityHostCollection.Name)]
public sealed class ScheduleConflictPagesTests(AvailabilityHost host)
{
    private async Task<(Clinic Clinic, string LocationName, string Page)> MondayClinicAsync(string timeZone = "Europe/London")
    {
        var clinic = await host.ClinicAsync(timeZone, duration: 60, serviceName: "Deep tissue massage");
        await host.ScheduleAsync(clinic, clinic.PractitionerIds[0], ("monday", "09:00", "17:00"));
        var location = await AvailabilityHost.ReadAsync(await host.Admin().GetAsync($"/api/v1/locations/{clinic.LocationId}"));
        return (clinic, location.GetProperty("name").GetString()!, $"/staff/schedules/{clinic.PractitionerIds[0]}");
    }

    private async Task<int> ExceptionCountAsync(Guid practitionerId)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("select count(*) from availability.exceptions where practitioner_id = @practitionerId", new { practitionerId });
    }

    [Fact]
    public async Task A_shorter_day_lists_the_appointments_it_leaves_outside_and_saves_only_after_save_anyway()
    {
        var (clinic, locationName, page) = await MondayClinicAsync("America/New_York");
        var booked = await host.BookAsync(clinic, "2027-03-01T14:00:00-05:00");
        await host.BookAsync(clinic, "2027-03-01T10:00:00-05:00");
        var manager = await StaffBrowser.SignInAsync(host, "clinic_manager", clinic.LocationId);

        var warned = await manager.SubmitAsync(page, page, [.. Row("monday", clinic.LocationId, "09:00", "12:00")]);
        var warning = await StaffBrowser.ParseAsync(warned);
        var unchanged = await manager.DocumentAsync(page);

        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        var line = Assert.Single(warning.QuerySelectorAll("[data-testid=conflict]"));
        Assert.Equal(booked.Reference, line.QuerySelector("[data-testid=conflict-reference]")!.TextContent);
        Assert.Equal("Mon 1 Mar 2027 14:00–15:00", line.QuerySelector("[data-testid=conflict-when]")!.TextContent);
        Assert.Equal(locationName, line.QuerySelector("[data-testid=conflict-location]")!.TextContent);
        Assert.Equal("Deep tissue massage", line.QuerySelector("[data-testid=conflict-service]")!.TextContent);
        Assert.Contains("1 appointment would fall outside working time", Text(warning.QuerySelector("[data-testid=conflict-warning]")!.TextContent));
        Assert.Equal("12:00", warning.QuerySelector("#week-form input[name=end]")!.GetAttribute("value"));
        Assert.StartsWith("09:00–17:00", Assert.Single(Rules(unchanged, "monday")));

        var confirm = warning.QuerySelector("#week-form [data-testid=save-anyway]")!;
        Assert.Equal("confirm", confirm.GetAttribute("name"));
        var saved = await manager.SubmitAsync(page, page, [.. Row("monday", clinic.LocationId, "09:00", "12:00"), new("confirm", confirm.GetAttribute("value")!)]);
        var after = await manager.DocumentAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("09:00–12:00", Assert.Single(Rules(after, "monday")));
        Assert.Equal("The weekly schedule was saved.", after.QuerySelector("[data-testid=schedule-notice]")!.TextContent);
    }

    [Fact]
    public async Task A_confirmation_of_another_list_asks_again_with_the_current_list()
    {
        var (clinic, _, page) = await MondayClinicAsync();
        var first = await host.BookAsync(clinic, "2027-03-01T14:00:00+00:00");
        var admin = await StaffBrowser.SignInAsync(host, "admin");
        var warning = await StaffBrowser.ParseAsync(await admin.SubmitAsync(page, page, [.. Row("monday", clinic.LocationId, "09:00", "12:00")]));
        var fingerprint = warning.QuerySelector("[data-testid=save-anyway]")!.GetAttribute("value")!;
        var second = await host.BookAsync(clinic, "2027-03-01T16:00:00+00:00");

        var again = await admin.SubmitAsync(page, page, [.. Row("monday", clinic.LocationId, "09:00", "12:00"), new("confirm", fingerprint)]);
        var forged = await admin.SubmitAsync(page, page, [.. Row("monday", clinic.LocationId, "09:00", "12:00"), new("confirm", "yes")]);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var listed = (await StaffBrowser.ParseAsync(again)).QuerySelectorAll("[data-testid=conflict-reference]").Select(r => r.TextContent);
        Assert.Equal([first.Reference, second.Reference], listed);
        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);
        Assert.StartsWith("09:00–17:00", Assert.Single(Rules(await admin.DocumentAsync(page), "monday")));
    }

    [Fact]
    public async Task An_unavailable_exception_over_an_appointment_asks_first_and_is_added_with_save_anyway()
    {
        var (clinic, locationName, page) = await MondayClinicAsync();
        var booked = await host.BookAsync(clinic, "2027-03-01T11:00:00+00:00");
        var admin = await StaffBrowser.SignInAsync(host, "admin");
        var holiday = Exception("unavailable", "holiday", null, "2027-03-01T00:00", "2027-03-05T00:00");

        var warned = await admin.SubmitAsync(page, $"{page}/exceptions", holiday);
        var warning = await StaffBrowser.ParseAsync(warned);
        var countWhileWarned = await ExceptionCountAsync(clinic.PractitionerIds[0]);
        var confirm = warning.QuerySelector("[data-testid=exception-form] [data-testid=save-anyway]")!.GetAttribute("value")!;
        var added = await admin.SubmitAsync(page, $"{page}/exceptions", [.. holiday, new("confirm", confirm)]);

        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        var line = Assert.Single(warning.QuerySelectorAll("#exceptions-panel [data-testid=conflict]"));
        Assert.Equal(booked.Reference, line.QuerySelector("[data-testid=conflict-reference]")!.TextContent);
        Assert.Equal("Mon 1 Mar 2027 11:00–12:00", line.QuerySelector("[data-testid=conflict-when]")!.TextContent);
        Assert.Equal(locationName, line.QuerySelector("[data-testid=conflict-location]")!.TextContent);
        Assert.Equal("2027-03-05T00:00", warning.QuerySelector("[data-testid=exception-end]")!.GetAttribute("value"));
        Assert.Equal(0, countWhileWarned);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(1, await ExceptionCountAsync(clinic.PractitionerIds[0]));
    }

    [Fact]
    public async Task A_change_that_leaves_every_appointment_inside_saves_at_once()
    {
        var (clinic, _, page) = await MondayClinicAsync();
        await host.BookAsync(clinic, "2027-03-01T10:00:00+00:00");
        var admin = await StaffBrowser.SignInAsync(host, "admin");

        var saved = await admin.SubmitAsync(page, page, [.. Row("monday", clinic.LocationId, "09:00", "12:00")]);
        var added = await admin.SubmitAsync(page, $"{page}/exceptions", Exception("unavailable", "training", null, "2027-03-01T13:00", "2027-03-01T17:00"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    /// <summary>Extra hours on Monday 1 March 2027 17:00-19:00 (after the 09:00-17:00 day), added through the API.</summary>
    private async Task<Guid> ExtraHoursAsync(Clinic clinic, string kind = "available") =>
        (await AvailabilityHost.ReadAsync(await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{clinic.PractitionerIds[0]}/exceptions", new
        {
            kind, reason = "other", locationId = kind == "available" ? clinic.LocationId : (Guid?)null, start = "2027-03-01T17:00", end = "2027-03-01T19:00",
        }))).GetProperty("id").GetGuid();

    [Fact]
    public async Task Removing_extra_hours_with_an_appointment_in_them_asks_first_and_removes_with_save_anyway()
    {
        var (clinic, locationName, page) = await MondayClinicAsync();
        await host.BookAsync(clinic, "2027-03-01T10:00:00+00:00");
        var extra = await ExtraHoursAsync(clinic);
        var booked = await host.BookAsync(clinic, "2027-03-01T17:30:00+00:00");
        var admin = await StaffBrowser.SignInAsync(host, "admin");
        var remove = $"{page}/exceptions/{extra}/remove";

        var warned = await admin.SubmitAsync(page, remove, []);
        var warning = await StaffBrowser.ParseAsync(warned);
        var countWhileWarned = await ExceptionCountAsync(clinic.PractitionerIds[0]);
        var form = warning.QuerySelector("#exceptions-panel [data-testid=removal-warning] [data-testid=removal-form]")!;
        var confirm = form.QuerySelector("[data-testid=save-anyway]")!;
        var removed = await admin.SubmitAsync(page, form.GetAttribute("action")!, [new(confirm.GetAttribute("name")!, confirm.GetAttribute("value")!)]);

        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        var line = Assert.Single(warning.QuerySelectorAll("#exceptions-panel [data-testid=conflict]"));
        Assert.Equal(booked.Reference, line.QuerySelector("[data-testid=conflict-reference]")!.TextContent);
        Assert.Equal("Mon 1 Mar 2027 17:30–18:30", line.QuerySelector("[data-testid=conflict-when]")!.TextContent);
        Assert.Equal(locationName, line.QuerySelector("[data-testid=conflict-location]")!.TextContent);
        Assert.Equal(remove, form.GetAttribute("action"));
        Assert.Equal($"Removing the extra hours at {locationName} from 2027-03-01 17:00 until 2027-03-01 19:00.", form.QuerySelector("[data-testid=removal-of]")!.TextContent);
        Assert.Equal(1, countWhileWarned);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await ExceptionCountAsync(clinic.PractitionerIds[0]));
        Assert.Contains(booked.Reference, await host.LastAuditChangesAsync("schedule_exception.removed", clinic.PractitionerIds[0]));
    }

    [Fact]
    public async Task A_confirmed_removal_whose_list_changed_asks_again_with_htmx()
    {
        var (clinic, _, page) = await MondayClinicAsync();
        var extra = await ExtraHoursAsync(clinic);
        var first = await host.BookAsync(clinic, "2027-03-01T17:00:00+00:00");
        var admin = await StaffBrowser.SignInAsync(host, "admin");
        var remove = $"{page}/exceptions/{extra}/remove";
        var (_, warning) = await StaffBrowser.FragmentAsync(await admin.SubmitAsync(page, remove, [], htmx: true));
        var form = warning.QuerySelector("[data-testid=removal-form]")!;
        var fingerprint = form.QuerySelector("[data-testid=save-anyway]")!.GetAttribute("value")!;
        var second = await host.BookAsync(clinic, "2027-03-01T18:00:00+00:00");

        var again = await admin.SubmitAsync(page, remove, [new("confirm", fingerprint)], htmx: true);

        Assert.Equal(remove, form.GetAttribute("hx-post"));
        Assert.Equal("#exceptions-panel", form.GetAttribute("hx-target"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var (_, asked) = await StaffBrowser.FragmentAsync(again);
        Assert.Equal([first.Reference, second.Reference], asked.QuerySelectorAll("[data-testid=removal-warning] [data-testid=conflict-reference]").Select(r => r.TextContent));
        Assert.Equal(1, await ExceptionCountAsync(clinic.PractitionerIds[0]));
    }

    [Fact]
    public async Task Extra_hours_without_appointments_in_them_are_removed_at_once()
    {
        var (clinic, _, page) = await MondayClinicAsync();
        await host.BookAsync(clinic, "2027-03-01T16:00:00+00:00");
        var extra = await ExtraHoursAsync(clinic);
        var admin = await StaffBrowser.SignInAsync(host, "admin");

        var removed = await admin.SubmitAsync(page, $"{page}/exceptions/{extra}/remove", []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await ExceptionCountAsync(clinic.PractitionerIds[0]));
    }

    [Fact]
    public async Task Removing_an_unavailable_exception_over_an_appointment_never_warns()
    {
        var (clinic, _, page) = await MondayClinicAsync();
        await host.BookAsync(clinic, "2027-03-01T14:00:00+00:00");
        var holiday = (await AvailabilityHost.ReadAsync(await host.Admin().PostAsJsonAsync($"/api/v1/practitioners/{clinic.PractitionerIds[0]}/exceptions",
            new { kind = "unavailable", reason = "holiday", start = "2027-03-01T00:00", end = "2027-03-02T00:00" }))).GetProperty("id").GetGuid();
        var admin = await StaffBrowser.SignInAsync(host, "admin");

        var removed = await admin.SubmitAsync(page, $"{page}/exceptions/{holiday}/remove", []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await ExceptionCountAsync(clinic.PractitionerIds[0]));
    }
}
