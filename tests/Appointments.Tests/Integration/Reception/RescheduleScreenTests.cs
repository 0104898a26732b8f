using System.Net;
using AngleSharp.Html.Dom;
using Dapper;
using WellPath.TestSupport;
using static WellPath.Appointments.Tests.Integration.Reception.ReceptionClinics;

namespace WellPath.Appointments.Tests.Integration.Reception;

/// <summary>The desk's reschedule screen, reached from the day list: free times, another practitioner, overrides, obstacles.</summary>
[Collection(AppointmentsHostCollection.Name)]
public sealed class RescheduleScreenTests(AppointmentsHost host)
{
    private const string Reason = "Customer's surgery moved, agreed with Dr 0";

    private static string DayList(Clinic clinic) => $"/reception?locationId={clinic.LocationId}&date={Monday}";

    private static string Screen(Guid id) => $"/reception/appointments/{id}/reschedule";

    private static Task<HttpResponseMessage> MoveAsync(ReceptionBrowser desk, Guid id, Dictionary<string, string> fields) =>
        desk.SubmitAsync(Screen(id), Screen(id), new Dictionary<string, string>(fields) { ["date"] = Monday });

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, string reference) =>
        page.QuerySelector($"[data-testid=appointment-row][data-reference='{reference}']") ?? throw new InvalidOperationException($"No row {reference}.");

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException(sql);
    }

    private async Task<string> StatusAsync(Guid id) => await ScalarAsync<string>("select status from appointments.appointments where id = @id", new { id });

    [Fact]
    public async Task Reception_moves_an_appointment_from_the_day_list_to_a_free_time_and_sees_the_moved_row()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z", "Ada Lovelace");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        var list = await desk.DocumentAsync(DayList(clinic));
        var link = list.QuerySelector($"[data-testid=appointment-row][data-reference='{booked.Reference}'] [data-testid=reschedule-link]")!.GetAttribute("href")!;

        var screen = await desk.DocumentAsync(link);
        var moved = await MoveAsync(desk, booked.Id, new() { ["start"] = "2027-03-01T11:00:00+00:00", ["practitionerId"] = clinic.PractitionerIds[0].ToString() });

        Assert.Equal(Screen(booked.Id), link);
        Assert.Equal("Ada Lovelace", screen.QuerySelector("[data-testid=reschedule-customer]")!.TextContent);
        Assert.Contains("09:00–09:30", screen.QuerySelector("[data-testid=reschedule-current]")!.TextContent);
        var offered = screen.QuerySelectorAll("[data-testid=reschedule-free-time]").Select(r => r.GetAttribute("value")).ToList();
        Assert.Contains("2027-03-01T11:00:00+00:00", offered);
        // The appointment's own time does not stand in its way: a quarter of an hour later overlaps it.
        Assert.Contains("2027-03-01T09:15:00+00:00", offered);
        Assert.Null(screen.QuerySelector("[data-testid=reschedule-override]"));
        Assert.Equal(HttpStatusCode.SeeOther, moved.StatusCode);
        var newId = await ScalarAsync<Guid>("select rescheduled_to_id from appointments.appointments where id = @Id", new { booked.Id });
        Assert.Equal($"{DayList(clinic)}#appointment-{newId}", moved.Headers.Location!.OriginalString);
        var after = await desk.DocumentAsync(DayList(clinic));
        var newReference = await ScalarAsync<string>("select reference from appointments.appointments where id = @newId", new { newId });
        var row = Row(after, newReference);
        Assert.Equal("11:00–11:30", row.QuerySelector("[data-testid=appointment-time]")!.TextContent);
        Assert.Equal("Confirmed", row.QuerySelector("[data-testid=appointment-status]")!.TextContent);
        Assert.NotNull(after.QuerySelector($"#appointment-{newId}"));
        Assert.Equal("Rescheduled", Row(after, booked.Reference).QuerySelector("[data-testid=appointment-status]")!.TextContent);
        Assert.Null(Row(after, booked.Reference).QuerySelector("[data-testid=reschedule-link]"));
        Assert.Equal(desk.StaffId.ToString(), await ScalarAsync<string>(
            "select actor_id from kernel.audit_events where action = 'appointment.rescheduled' and record_id = @Id", new { Id = booked.Id.ToString() }));
    }

    [Fact]
    public async Task Another_eligible_practitioner_is_chosen_with_their_free_times_and_takes_the_appointment()
    {
        var clinic = await MondayClinicAsync(host, practitioners: 2);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z", practitionerId: clinic.PractitionerIds[0]);
        await BookAsync(host, clinic, "2027-03-01T10:00:00Z", practitionerId: clinic.PractitionerIds[1]);
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        var other = clinic.PractitionerIds[1];

        var fragment = await desk.GetAsync($"{Screen(booked.Id)}?date={Monday}&practitionerId={other}", htmx: true);
        var html = await fragment.Content.ReadAsStringAsync();
        var times = (await ReceptionBrowser.ParseAsync(fragment)).QuerySelectorAll("[data-testid=reschedule-free-time]").Select(r => r.GetAttribute("value")).ToList();
        var moved = await MoveAsync(desk, booked.Id, new() { ["start"] = "2027-03-01T09:00:00+00:00", ["practitionerId"] = other.ToString() });

        Assert.DoesNotContain("<html", html);
        Assert.Contains($"value=\"{other}\"", html);
        Assert.Contains("2027-03-01T09:00:00+00:00", times);
        Assert.DoesNotContain("2027-03-01T10:00:00+00:00", times);
        Assert.Equal(HttpStatusCode.SeeOther, moved.StatusCode);
        Assert.Equal(other, await ScalarAsync<Guid>(
            "select practitioner_id from appointments.appointments where rescheduled_from_id = @Id", new { booked.Id }));
    }

    [Fact]
    public async Task A_time_in_the_way_of_another_booking_shows_which_one_and_saves_nothing()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var other = await BookAsync(host, clinic, "2027-03-01T11:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var refused = await MoveAsync(desk, booked.Id, new() { ["time"] = "11:15" });
        var page = await ReceptionBrowser.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var obstacles = page.QuerySelectorAll("[data-testid=reschedule-obstacle]").Select(o => o.TextContent).ToList();
        Assert.Contains($"Dr 0 already has {other.Reference} 11:00-11:30.", obstacles);
        Assert.Contains("Nothing was changed", page.QuerySelector("[data-testid=reschedule-problem]")!.TextContent);
        Assert.Equal("11:15", page.QuerySelector("[data-testid=reschedule-time-typed]")!.GetAttribute("value"));
        Assert.Equal("confirmed", await StatusAsync(booked.Id));
        Assert.Equal(2, await ScalarAsync<int>("select count(*)::int from appointments.appointments where service_id = @ServiceId", new { clinic.ServiceId }));
    }

    [Fact]
    public async Task A_clinic_manager_overrides_working_hours_with_a_reason_but_never_into_a_double_booking()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var other = await BookAsync(host, clinic, "2027-03-01T11:00:00Z");
        var manager = await ReceptionBrowser.SignInAsync(host, "clinic_manager", [clinic.LocationId]);

        var screen = await manager.DocumentAsync(Screen(booked.Id));
        var withoutOverride = await ReceptionBrowser.ParseAsync(await MoveAsync(manager, booked.Id, new() { ["time"] = "18:00" }));
        var withoutReason = await MoveAsync(manager, booked.Id, new() { ["time"] = "18:00", ["override"] = "true", ["reason"] = "" });
        var intoOverlap = await MoveAsync(manager, booked.Id, new() { ["time"] = "11:00", ["override"] = "true", ["reason"] = Reason });
        var overridden = await MoveAsync(manager, booked.Id, new() { ["time"] = "18:00", ["override"] = "true", ["reason"] = Reason });

        Assert.NotNull(screen.QuerySelector("[data-testid=reschedule-override]"));
        Assert.NotEmpty(withoutOverride.QuerySelectorAll("[data-testid=reschedule-obstacle]"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutReason.StatusCode);
        Assert.NotNull((await ReceptionBrowser.ParseAsync(withoutReason)).QuerySelector("[data-testid='override.reason-error']"));
        Assert.Equal(HttpStatusCode.Conflict, intoOverlap.StatusCode);
        Assert.Contains(other.Reference, (await ReceptionBrowser.ParseAsync(intoOverlap)).QuerySelector("[data-testid=reschedule-obstacles]")!.TextContent);
        Assert.Equal(HttpStatusCode.SeeOther, overridden.StatusCode);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var moved = await connection.QuerySingleAsync<(DateTime StartAt, string OverrideReason)>(
            "select start_at, override_reason from appointments.appointments where rescheduled_from_id = @Id", new { booked.Id });
        Assert.Equal(new DateTime(2027, 3, 1, 18, 0, 0, DateTimeKind.Utc), moved.StartAt.ToUniversalTime());
        Assert.Equal(Reason, moved.OverrideReason);
    }

    [Fact]
    public async Task Reception_may_not_override_and_a_posted_override_is_refused_403()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var refused = await MoveAsync(desk, booked.Id, new() { ["time"] = "18:00", ["override"] = "true", ["reason"] = Reason });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("clinic manager", (await ReceptionBrowser.ParseAsync(refused)).QuerySelector("[data-testid=reception-message]")!.TextContent);
        Assert.Equal("confirmed", await StatusAsync(booked.Id));
    }

    [Theory]
    [InlineData("practitioner")]
    [InlineData("operations")]
    public async Task Practitioners_and_operations_get_no_button_and_the_screen_answers_403(string role)
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z", practitionerId: clinic.PractitionerIds[0]);
        var staff = await ReceptionBrowser.SignInAsync(host, role, [clinic.LocationId], role == "practitioner" ? clinic.PractitionerIds[0] : null);

        var list = await staff.DocumentAsync(DayList(clinic));
        var screen = await staff.GetAsync(Screen(booked.Id));
        var posted = await staff.SubmitAsync(DayList(clinic), Screen(booked.Id), new() { ["date"] = Monday, ["start"] = "2027-03-01T11:00:00+00:00" });

        Assert.NotNull(list.QuerySelector($"[data-testid=appointment-row][data-reference='{booked.Reference}']"));
        Assert.Null(list.QuerySelector("[data-testid=reschedule-link]"));
        Assert.Equal(HttpStatusCode.Forbidden, screen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal("confirmed", await StatusAsync(booked.Id));
    }

    [Fact]
    public async Task A_checked_in_appointment_offers_no_reschedule_and_a_posted_move_says_why()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);
        await host.Admin().PostAsync($"/api/v1/appointments/{booked.Id}/check-in", null);

        var list = await desk.DocumentAsync(DayList(clinic));
        var posted = await MoveAsync(desk, booked.Id, new() { ["start"] = "2027-03-01T11:00:00+00:00" });
        var elsewhere = await ReceptionBrowser.SignInAsync(host, "reception", [(await MondayClinicAsync(host)).LocationId]);

        Assert.Null(list.QuerySelector("[data-testid=reschedule-link]"));
        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.Contains("checked in now", (await ReceptionBrowser.ParseAsync(posted)).QuerySelector("[data-testid=reception-message]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(Screen(booked.Id))).StatusCode);
    }

    [Fact]
    public async Task A_move_without_a_time_or_with_a_time_that_does_not_exist_is_422_with_the_message_beside_it()
    {
        var clinic = await MondayClinicAsync(host);
        var booked = await BookAsync(host, clinic, "2027-03-01T09:00:00Z");
        var desk = await ReceptionBrowser.SignInAsync(host, "reception", [clinic.LocationId]);

        var noTime = await MoveAsync(desk, booked.Id, []);
        var badTime = await MoveAsync(desk, booked.Id, new() { ["time"] = "25:70" });
        var withoutToken = await desk.PostWithoutTokenAsync(Screen(booked.Id), new() { ["date"] = Monday, ["start"] = "2027-03-01T11:00:00+00:00" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTime.StatusCode);
        Assert.NotNull((await ReceptionBrowser.ParseAsync(noTime)).QuerySelector("[data-testid=start-error]"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badTime.StatusCode);
        Assert.NotNull((await ReceptionBrowser.ParseAsync(badTime)).QuerySelector("[data-testid=time-error]"));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal("confirmed", await StatusAsync(booked.Id));
    }
}
