using System.Net;
using System.Net.Http.Json;
using Dapper;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

/// <summary>Scheduling rule 10: managers and admins book and move outside rules 2, 3, 6 and 7 with a reason, never into an overlap.</summary>
[Collection(AppointmentsHostCollection.Name)]
public sealed class OverrideTests(AppointmentsHost host)
{
    private const string Reason = "Squeezed in after the surgery, agreed with Dr 0";

    [Theory]
    [InlineData("2027-03-01T07:30:00+00:00")] // before the practitioner's working time
    [InlineData("2027-03-01T09:07:00+00:00")] // off the 15-minute grid
    [InlineData("2027-03-07T10:00:00+00:00")] // a Sunday, not a working day
    [InlineData("2031-03-03T10:00:00+00:00")] // beyond the booking horizon
    public async Task A_clinic_manager_books_outside_the_rules_at_their_location_with_a_reason(string start)
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var manager = await host.StaffAsync("clinic_manager", clinic.LocationId);

        var refused = await Bookings.PostAsync(manager, clinic, start);
        var overridden = await Bookings.PostAsync(manager, clinic, start, overrideReason: Reason);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, overridden.StatusCode);
        var id = (await ClinicBuilder.ReadAsync(overridden)).GetProperty("id").GetGuid();
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(Reason, await connection.ExecuteScalarAsync<string>("select override_reason from appointments.appointments where id = @id", new { id }));
    }

    [Fact]
    public async Task An_admin_moves_an_appointment_outside_working_time_with_a_reason()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9)).GetProperty("id").GetGuid();

        var refused = await Bookings.RescheduleAsync(host.Admin(), id, "2027-03-01T18:00:00+00:00");
        var moved = await Bookings.RescheduleAsync(host.Admin(), id, "2027-03-01T18:00:00+00:00", overrideReason: Reason);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("2027-03-01T18:00:00+00:00", (await ClinicBuilder.ReadAsync(moved)).GetProperty("start").GetString());
    }

    [Fact]
    public async Task Only_admins_and_the_locations_clinic_managers_may_override()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9)).GetProperty("id").GetGuid();
        const string start = "2027-03-01T07:30:00+00:00";

        Assert.Equal(HttpStatusCode.Forbidden, (await Bookings.PostAsync(host.Anonymous(), clinic, start, overrideReason: Reason)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Bookings.PostAsync(await host.StaffAsync("reception", clinic.LocationId), clinic, start, overrideReason: Reason)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Bookings.PostAsync(await host.StaffAsync("clinic_manager", Guid.NewGuid()), clinic, start, overrideReason: Reason)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Bookings.RescheduleAsync(await host.StaffAsync("reception", clinic.LocationId), id, start, overrideReason: Reason)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Bookings.PostAsync(host.Admin(), clinic, start, overrideReason: Reason)).StatusCode);
    }

    [Fact]
    public async Task A_customer_may_not_override_when_moving_their_own_appointment()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var email = $"override-{Guid.NewGuid():N}@patients.test";
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9, email: email)).GetProperty("id").GetGuid();

        var response = await Bookings.RescheduleAsync(await host.CustomerAsync(email), id, "2027-03-01T07:30:00+00:00", overrideReason: Reason);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData(501)]
    public async Task An_override_needs_a_reason_of_1_to_500_characters(object? reason)
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var text = reason is int length ? new string('x', length) : (string?)reason;
        var body = new { serviceId = clinic.ServiceId, locationId = clinic.LocationId, start = Bookings.Monday9, customer = new { name = "Ada", email = "ada@patients.test" }, @override = new { reason = text } };

        var booking = await host.Admin().PostAsJsonAsync("/api/v1/appointments", body);
        var moving = await host.Admin().PostAsJsonAsync($"/api/v1/appointments/{Guid.NewGuid()}/reschedule", new { start = Bookings.Monday9, @override = new { reason = text } });

        foreach (var response in new[] { booking, moving })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.True((await Bookings.ProblemAsync(response)).GetProperty("errors").TryGetProperty("override.reason", out _));
        }
    }

    [Fact]
    public async Task An_override_never_double_books_a_practitioner_or_a_room()
    {
        var clinic = await Bookings.MondayClinicAsync(host, practitioners: 2, rooms: 1);
        var first = await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9, clinic.PractitionerIds[0]);

        var samePractitioner = await Bookings.PostAsync(host.Admin(), clinic, "2027-03-01T09:20:00+00:00", clinic.PractitionerIds[0], overrideReason: Reason);
        var sameRoom = await Bookings.PostAsync(host.Admin(), clinic, "2027-03-01T09:20:00+00:00", clinic.PractitionerIds[1], overrideReason: Reason);

        Assert.Equal(HttpStatusCode.Conflict, samePractitioner.StatusCode);
        Assert.Contains("practitioner_busy", await Bookings.ObstacleKindsAsync(samePractitioner));
        Assert.Equal(HttpStatusCode.Conflict, sameRoom.StatusCode);
        var obstacles = await Bookings.ProblemAsync(sameRoom);
        var room = Assert.Single(obstacles.GetProperty("obstacles").EnumerateArray());
        Assert.Equal("room_busy", room.GetProperty("kind").GetString());
        Assert.Contains(first.GetProperty("reference").GetString()!, room.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Concurrent_overrides_for_one_practitioner_and_time_book_once()
    {
        var clinic = await Bookings.MondayClinicAsync(host);

        var statuses = await Bookings.StormAsync(20, i => Bookings.PostAsync(host.Admin(), clinic, "2027-03-01T08:00:00+00:00", clinic.PractitionerIds[0], overrideReason: Reason));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(19, statuses.Count(s => s == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Anyone_with_an_override_takes_a_free_practitioner_of_the_location_until_none_is_left()
    {
        var clinic = await Bookings.MondayClinicAsync(host, practitioners: 2);
        const string sunday = "2027-03-07T10:00:00+00:00";

        var first = await ClinicBuilder.ReadAsync(await Bookings.PostAsync(host.Admin(), clinic, sunday, overrideReason: Reason));
        var second = await ClinicBuilder.ReadAsync(await Bookings.PostAsync(host.Admin(), clinic, sunday, overrideReason: Reason));
        var third = await Bookings.PostAsync(host.Admin(), clinic, sunday, overrideReason: Reason);

        var ordered = clinic.PractitionerIds.OrderBy(id => id.ToString(), StringComparer.Ordinal).ToList();
        Assert.Equal(ordered, [first.GetProperty("practitionerId").GetGuid(), second.GetProperty("practitionerId").GetGuid()]);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
    }

    [Fact]
    public async Task An_override_still_needs_a_practitioner_who_works_at_the_location()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var elsewhere = await Bookings.MondayClinicAsync(host);

        var response = await Bookings.PostAsync(host.Admin(), clinic, Bookings.Monday9, elsewhere.PractitionerIds[0], overrideReason: Reason);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["not_eligible"], await Bookings.ObstacleKindsAsync(response));
    }
}
