using System.Net;
using static WellPath.Availability.Tests.Integration.ScheduleForms;

namespace WellPath.Availability.Tests.Integration;

/// <summary>
/// With htmx the schedule forms answer their own partial (errors next to the fields, the warning, or the saved
/// state), carrying a fresh antiforgery field; the grid follows a saved week out of band.
/// </summary>
[Collection(AvailabilityHostCollection.Name)]
public sealed class ScheduleHtmxTests(AvailabilityHost host)
{
    [Fact]
    public async Task The_week_form_swaps_in_its_errors_its_warning_and_then_the_saved_week_with_the_grid_out_of_band()
    {
        var clinic = await host.ClinicAsync(duration: 60);
        await host.ScheduleAsync(clinic, clinic.PractitionerIds[0], ("monday", "09:00", "17:00"));
        var booked = await host.BookAsync(clinic, "2027-03-01T15:00:00+00:00");
        var admin = await StaffBrowser.SignInAsync(host, "admin");
        var page = $"/staff/schedules/{clinic.PractitionerIds[0]}";

        var refused = await admin.SubmitAsync(page, page, [.. Row("monday", clinic.LocationId, "12:00", "09:00")], htmx: true);
        var warned = await admin.SubmitAsync(page, page, [.. Row("monday", clinic.LocationId, "09:00", "12:00")], htmx: true);
        var (_, warning) = await StaffBrowser.FragmentAsync(warned);
        var fingerprint = warning.QuerySelector("[data-testid=save-anyway]")!.GetAttribute("value")!;
        var saved = await admin.SubmitAsync(page, page, [.. Row("monday", clinic.LocationId, "09:00", "12:00"), new("confirm", fingerprint)], htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var (_, errors) = await StaffBrowser.FragmentAsync(refused);
        Assert.Contains("end after it starts", errors.QuerySelector("#week-form [data-testid=week-row-error]")!.TextContent);
        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        Assert.Equal(booked.Reference, warning.QuerySelector("#week-form [data-testid=conflict-reference]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var (html, fragment) = await StaffBrowser.FragmentAsync(saved);
        var form = fragment.QuerySelector("form#week-form")!;
        Assert.Equal(page, form.GetAttribute("hx-post"));
        Assert.Equal("The weekly schedule was saved.", form.QuerySelector("[data-testid=schedule-notice]")!.TextContent);
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Null(form.QuerySelector("[data-testid=conflict-warning]"));
        var grid = fragment.QuerySelector("#roster-grid")!;
        Assert.Equal("true", grid.GetAttribute("hx-swap-oob"));
        Assert.StartsWith("09:00–12:00", Assert.Single(Rules(fragment, "monday")));
        Assert.Contains("hx-swap-oob", html);
    }

    [Fact]
    public async Task The_exceptions_panel_swaps_in_its_field_errors_an_added_exception_and_a_removal()
    {
        var clinic = await host.ClinicAsync();
        var manager = await StaffBrowser.SignInAsync(host, "clinic_manager", clinic.LocationId);
        var page = $"/staff/schedules/{clinic.PractitionerIds[0]}";

        var refused = await manager.SubmitAsync(page, $"{page}/exceptions", Exception("available", "training", null, "2027-04-01T09:00", "2027-04-01T12:00"), htmx: true);
        var added = await manager.SubmitAsync(page, $"{page}/exceptions", Exception("unavailable", "training", null, "2027-04-01T09:00", "2027-04-01T12:00"), htmx: true);
        var (_, panel) = await StaffBrowser.FragmentAsync(added);
        var remove = panel.QuerySelector("[data-testid=exception-row] form")!;
        var removed = await manager.SubmitAsync(page, remove.GetAttribute("hx-post")!, [], htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var (_, errors) = await StaffBrowser.FragmentAsync(refused);
        Assert.Contains("choose it", errors.QuerySelector("#exceptions-panel [data-testid=locationId-error]")!.TextContent);
        Assert.Equal("true", errors.QuerySelector("select[name=locationId]")!.GetAttribute("aria-invalid"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("The exception was added.", panel.QuerySelector("#exceptions-panel [data-testid=schedule-notice]")!.TextContent);
        Assert.Contains("2027-04-01 09:00", panel.QuerySelector("[data-testid=exception-row]")!.TextContent);
        Assert.Equal("#exceptions-panel", remove.GetAttribute("hx-target"));
        Assert.NotNull(remove.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var (_, after) = await StaffBrowser.FragmentAsync(removed);
        Assert.Equal("The exception was removed.", after.QuerySelector("[data-testid=schedule-notice]")!.TextContent);
        Assert.NotNull(after.QuerySelector("[data-testid=exceptions-none]"));
    }

    [Fact]
    public async Task Without_the_antiforgery_field_the_forms_are_refused()
    {
        var clinic = await host.ClinicAsync();
        var admin = await StaffBrowser.SignInAsync(host, "admin");
        var page = $"/staff/schedules/{clinic.PractitionerIds[0]}";

        var week = await admin.PostWithoutTokenAsync(page, [.. Row("monday", clinic.LocationId, "09:00", "12:00")]);
        var exception = await admin.PostWithoutTokenAsync($"{page}/exceptions", Exception("unavailable", "training", null, "2027-04-01T09:00", "2027-04-01T12:00"));

        Assert.Equal(HttpStatusCode.BadRequest, week.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
    }
}
