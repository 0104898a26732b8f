using System.Net;
using Dapper;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class RescheduleTests(AppointmentsHost host)
{
    private const string Monday11 = "2027-03-01T11:00:00+00:00";

    [Fact]
    public async Task A_reschedule_marks_the_old_appointment_and_links_the_new_one_both_ways()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var old = await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9);
        var oldId = old.GetProperty("id").GetGuid();

        var response = await Bookings.RescheduleAsync(host.Admin(), oldId, Monday11);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = await ClinicBuilder.ReadAsync(response);
        var newId = moved.GetProperty("id").GetGuid();
        Assert.NotEqual(oldId, newId);
        Assert.Equal("confirmed", moved.GetProperty("status").GetString());
        Assert.Equal(Monday11, moved.GetProperty("start").GetString());
        Assert.Equal(oldId, moved.GetProperty("rescheduledFromId").GetGuid());
        foreach (var field in new[] { "serviceId", "locationId", "customerId", "practitionerId", "source" })
        {
            Assert.Equal(old.GetProperty(field).ToString(), moved.GetProperty(field).ToString());
        }
        var before = await Bookings.GetAsync(host.Admin(), oldId);
        Assert.Equal("rescheduled", before.GetProperty("status").GetString());
        Assert.Equal(newId, before.GetProperty("rescheduledToId").GetGuid());
        var slots = await ClinicBuilder.ReadAsync(await host.Anonymous().GetAsync($"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from=2027-03-01&to=2027-03-01"));
        var starts = slots.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("start").GetString()).ToList();
        Assert.Contains(Bookings.Monday9, starts);
        Assert.DoesNotContain(Monday11, starts);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.outbox_messages where event_type like '%AppointmentRescheduled' and payload->>'newAppointmentId' = @Id", new { Id = newId.ToString() }));
    }

    [Fact]
    public async Task A_reschedule_may_overlap_the_appointments_own_old_time_and_room()
    {
        var clinic = await Bookings.MondayClinicAsync(host, rooms: 1);
        var old = await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9);

        var response = await Bookings.RescheduleAsync(host.Admin(), old.GetProperty("id").GetGuid(), "2027-03-01T09:30:00+00:00");

        var moved = await ClinicBuilder.ReadAsync(response);
        Assert.Equal("2027-03-01T10:30:00+00:00", moved.GetProperty("end").GetString());
        Assert.Equal(clinic.RoomIds[0], moved.GetProperty("roomId").GetGuid());
    }

    [Fact]
    public async Task A_reschedule_into_a_taken_time_answers_409_naming_what_is_in_the_way_and_changes_nothing()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var first = await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9);
        var second = await Bookings.BookAsync(host.Anonymous(), clinic, Monday11);

        var response = await Bookings.RescheduleAsync(host.Admin(), first.GetProperty("id").GetGuid(), "2027-03-01T10:30:00+00:00");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var obstacle = Assert.Single((await Bookings.ProblemAsync(response)).GetProperty("obstacles").EnumerateArray());
        Assert.Equal("practitioner_busy", obstacle.GetProperty("kind").GetString());
        Assert.Equal($"Dr 0 already has {second.GetProperty("reference").GetString()} 11:00-12:00.", obstacle.GetProperty("message").GetString());
        Assert.Equal("confirmed", (await Bookings.GetAsync(host.Admin(), first.GetProperty("id").GetGuid())).GetProperty("status").GetString());
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("select count(*) from appointments.appointments where service_id = @ServiceId", new { clinic.ServiceId }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'appointment.rescheduled' and record_id = @Id", new { Id = first.GetProperty("id").GetGuid().ToString() }));
    }

    [Fact]
    public async Task Concurrent_reschedules_of_many_appointments_into_one_time_move_exactly_one()
    {
        var clinic = await Bookings.MondayClinicAsync(host, duration: 30);
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var start = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(30 * i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
            ids.Add((await Bookings.BookAsync(host.Anonymous(), clinic, start)).GetProperty("id").GetGuid());
        }

        var statuses = await Bookings.StormAsync(ids.Count, i => Bookings.RescheduleAsync(host.Admin(), ids[i], "2027-03-01T15:00:00+00:00"));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.Conflict));
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from appointments.appointments where service_id = @ServiceId and status = 'rescheduled'", new { clinic.ServiceId }));
        Assert.Equal(10, await connection.ExecuteScalarAsync<int>(
            "select count(*) from appointments.appointments where service_id = @ServiceId and status = 'confirmed'", new { clinic.ServiceId }));
    }

    [Fact]
    public async Task Two_concurrent_moves_of_one_appointment_make_one_new_appointment()
    {
        var clinic = await Bookings.MondayClinicAsync(host, practitioners: 2);
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9, clinic.PractitionerIds[0])).GetProperty("id").GetGuid();

        var statuses = await Bookings.StormAsync(2, i => Bookings.RescheduleAsync(host.Admin(), id, i == 0 ? Monday11 : "2027-03-01T13:00:00+00:00"));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Conflict));
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("select count(*) from appointments.appointments where service_id = @ServiceId", new { clinic.ServiceId }));
    }

    [Fact]
    public async Task Without_a_practitioner_the_move_keeps_the_practitioner_and_with_one_it_changes_to_them()
    {
        var clinic = await Bookings.MondayClinicAsync(host, practitioners: 2);
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9, clinic.PractitionerIds[1])).GetProperty("id").GetGuid();

        var kept = await ClinicBuilder.ReadAsync(await Bookings.RescheduleAsync(host.Admin(), id, Monday11));
        var changed = await ClinicBuilder.ReadAsync(await Bookings.RescheduleAsync(host.Admin(), kept.GetProperty("id").GetGuid(), Monday11, clinic.PractitionerIds[0]));

        Assert.Equal(clinic.PractitionerIds[1], kept.GetProperty("practitionerId").GetGuid());
        Assert.Equal(clinic.PractitionerIds[0], changed.GetProperty("practitionerId").GetGuid());
    }

    [Theory]
    [InlineData("requested", new[] { "confirm", "decline", "cancel" })]
    [InlineData("checked_in", new[] { "complete" })]
    [InlineData("cancelled", new string[0])]
    public async Task Only_a_confirmed_appointment_is_rescheduled_and_others_answer_409_with_what_they_allow(string status, string[] allowed)
    {
        var clinic = await Bookings.MondayClinicAsync(host, requiresApproval: status == "requested");
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9)).GetProperty("id").GetGuid();
        if (status != "requested")
        {
            await host.Admin().PostAsync($"/api/v1/appointments/{id}/{(status == "cancelled" ? "decline" : "check-in")}", null);
            await using var connection = await host.DataSource.OpenConnectionAsync();
            await connection.ExecuteAsync("update appointments.appointments set status = @status where id = @id", new { status, id });
        }

        var response = await Bookings.RescheduleAsync(host.Admin(), id, Monday11);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await Bookings.ProblemAsync(response);
        Assert.Equal(status, problem.GetProperty("currentStatus").GetString());
        Assert.Equal(allowed, problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()).ToArray());
    }

    [Fact]
    public async Task A_confirmed_appointments_409_lists_reschedule_among_what_it_allows()
    {
        var clinic = await Bookings.MondayClinicAsync(host, requiresApproval: true);
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9)).GetProperty("id").GetGuid();
        await host.Admin().PostAsync($"/api/v1/appointments/{id}/confirm", null);

        var response = await host.Admin().PostAsync($"/api/v1/appointments/{id}/complete", null);

        Assert.Contains("reschedule", (await Bookings.ProblemAsync(response)).GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_customer_moves_their_own_appointment_but_cannot_see_anothers()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var email = $"mover-{Guid.NewGuid():N}@patients.test";
        var own = await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9, email: email);
        var others = await Bookings.BookAsync(host.Anonymous(), clinic, "2027-03-01T14:00:00+00:00");
        var customer = await host.CustomerAsync(email);

        var moved = await Bookings.RescheduleAsync(customer, own.GetProperty("id").GetGuid(), Monday11);
        var foreign = await Bookings.RescheduleAsync(customer, others.GetProperty("id").GetGuid(), "2027-03-01T15:00:00+00:00");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(own.GetProperty("customerId").GetGuid(), (await ClinicBuilder.ReadAsync(moved)).GetProperty("customerId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task A_customer_moves_only_within_the_rules_and_learns_no_one_elses_bookings()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var email = $"rules-{Guid.NewGuid():N}@patients.test";
        var own = await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9, email: email);
        await Bookings.BookAsync(host.Anonymous(), clinic, Monday11);
        var customer = await host.CustomerAsync(email);

        var outsideHours = await Bookings.RescheduleAsync(customer, own.GetProperty("id").GetGuid(), "2027-03-01T18:00:00+00:00");
        var taken = await Bookings.RescheduleAsync(customer, own.GetProperty("id").GetGuid(), Monday11);

        Assert.Equal(HttpStatusCode.Conflict, outsideHours.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Empty(await Bookings.ObstacleKindsAsync(taken));
    }

    [Fact]
    public async Task A_customer_moving_an_approved_request_waits_for_approval_again_and_staff_moves_stay_confirmed()
    {
        var clinic = await Bookings.MondayClinicAsync(host, requiresApproval: true);
        var email = $"approval-{Guid.NewGuid():N}@patients.test";
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9, email: email)).GetProperty("id").GetGuid();
        await ClinicBuilder.ReadAsync(await host.Admin().PostAsync($"/api/v1/appointments/{id}/confirm", null));

        var byStaff = await ClinicBuilder.ReadAsync(await Bookings.RescheduleAsync(host.Admin(), id, Monday11));
        var byCustomer = await ClinicBuilder.ReadAsync(await Bookings.RescheduleAsync(await host.CustomerAsync(email), byStaff.GetProperty("id").GetGuid(), "2027-03-01T13:00:00+00:00"));

        Assert.Equal("confirmed", byStaff.GetProperty("status").GetString());
        Assert.Equal("requested", byCustomer.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Desk_staff_in_scope_move_appointments_and_practitioners_and_operations_may_not()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9)).GetProperty("id").GetGuid();
        var practitioner = await Bookings.PractitionerAsync(host, clinic, clinic.PractitionerIds[0]);

        Assert.Equal(HttpStatusCode.NotFound, (await Bookings.RescheduleAsync(await host.StaffAsync("reception", Guid.NewGuid()), id, Monday11)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Bookings.RescheduleAsync(await host.StaffAsync("operations"), id, Monday11)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Bookings.RescheduleAsync(practitioner, id, Monday11)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bookings.RescheduleAsync(await host.StaffAsync("reception", clinic.LocationId), id, Monday11)).StatusCode);
    }

    [Theory]
    [InlineData("2027-03-01T11:00")]
    [InlineData("")]
    public async Task A_reschedule_needs_a_start_with_an_offset(string start)
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9)).GetProperty("id").GetGuid();

        var response = await Bookings.RescheduleAsync(host.Admin(), id, start);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await Bookings.ProblemAsync(response)).GetProperty("errors").TryGetProperty("start", out _));
    }
}
