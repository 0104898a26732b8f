using System.Net;
using System.Net.Http.Json;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

/// <summary>Staff conflict warnings: a time that cannot be booked answers 409 with what is in the way.</summary>
[Collection(AppointmentsHostCollection.Name)]
public sealed class ObstacleTests(AppointmentsHost host)
{
    [Theory]
    [InlineData("2027-03-01T17:30:00+00:00", "working_time", "Dr 0 does not work 17:30-18:30 on 2027-03-01.")]
    [InlineData("2027-03-01T06:00:00+00:00", "closed", "06:00-07:00 on 2027-03-01 is outside the location's opening hours.")]
    [InlineData("2027-03-01T09:10:00+00:00", "grid", "09:10 is not on the service's 15-minute grid.")]
    [InlineData("2020-03-02T09:00:00+00:00", "notice", "Less than the minimum notice of 0 minutes.")]
    [InlineData("2031-03-03T09:00:00+00:00", "horizon", "Beyond the booking horizon of 730 days.")]
    public async Task A_time_the_rules_refuse_names_the_rule(string start, string kind, string message)
    {
        var clinic = await Bookings.MondayClinicAsync(host);

        var response = await Bookings.PostAsync(host.Admin(), clinic, start, clinic.PractitionerIds[0]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var obstacle = (await Bookings.ProblemAsync(response)).GetProperty("obstacles").EnumerateArray().First(o => o.GetProperty("kind").GetString() == kind);
        Assert.Equal(message, obstacle.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_closure_is_named_as_the_obstacle()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        await ClinicBuilder.ReadAsync(await host.Admin().PostAsJsonAsync($"/api/v1/locations/{clinic.LocationId}/closures", new { date = "2027-03-01", reason = "Staff training" }));

        var response = await Bookings.PostAsync(host.Admin(), clinic, Bookings.Monday9);

        Assert.Equal(["closure"], await Bookings.ObstacleKindsAsync(response));
    }

    [Fact]
    public async Task Anyone_lists_each_practitioner_in_the_way_and_the_room_none_is_free_of()
    {
        var clinic = await Bookings.MondayClinicAsync(host, practitioners: 2, rooms: 1);
        var booked = await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9, clinic.PractitionerIds[0]);

        var response = await Bookings.PostAsync(host.Admin(), clinic, Bookings.Monday9);

        var obstacles = (await Bookings.ProblemAsync(response)).GetProperty("obstacles").EnumerateArray()
            .Select(o => (o.GetProperty("kind").GetString(), o.GetProperty("message").GetString())).ToList();
        var reference = booked.GetProperty("reference").GetString();
        Assert.Equal(
            [("practitioner_busy", $"Dr 0 already has {reference} 09:00-10:00."), ("room_busy", $"No free room of the type this service needs: Room 1 has {reference} 09:00-10:00.")],
            obstacles);
    }

    [Theory]
    [InlineData("2027-03-01T09:00:00+00:00", "2027-03-01T10:00:00+00:00", "09:00-10:15")] // the earlier one's after-buffer reaches 10:15
    [InlineData("2027-03-01T11:00:00+00:00", "2027-03-01T10:00:00+00:00", "11:00-12:15")] // the new one's after-buffer reaches 11:15
    public async Task An_appointment_reached_only_by_a_buffer_is_named(string existing, string asked, string existingTimes)
    {
        var clinic = await Bookings.MondayClinicAsync(host, bufferAfter: 15);
        var booked = await Bookings.BookAsync(host.Anonymous(), clinic, existing);

        var response = await Bookings.PostAsync(host.Admin(), clinic, asked);

        var obstacles = (await Bookings.ProblemAsync(response)).GetProperty("obstacles").EnumerateArray().Select(o => o.GetProperty("message").GetString());
        Assert.Contains($"Dr 0 already has {booked.GetProperty("reference").GetString()} {existingTimes}.", obstacles);
    }

    [Fact]
    public async Task Callers_who_are_not_staff_get_the_409_without_obstacles()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9);

        var response = await Bookings.PostAsync(host.Anonymous(), clinic, Bookings.Monday9);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await Bookings.ObstacleKindsAsync(response));
    }
}
