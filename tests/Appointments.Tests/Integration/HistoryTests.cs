using System.Net;
using System.Text.Json;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class HistoryTests(AppointmentsHost host)
{
    private const string Monday11 = "2027-03-01T11:00:00+00:00";

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient client, Guid id) =>
        (await ClinicBuilder.ReadAsync(await client.GetAsync($"/api/v1/appointments/{id}/history"))).GetProperty("events").EnumerateArray().ToList();

    private static List<(string? Action, string? Actor)> Lines(List<JsonElement> events) =>
        events.Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString())).ToList();

    [Fact]
    public async Task A_moved_appointments_history_shows_where_it_came_from_who_acted_and_what_changed()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var old = await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9);
        var oldId = old.GetProperty("id").GetGuid();
        var moved = await ClinicBuilder.ReadAsync(await Bookings.RescheduleAsync(host.Admin(), oldId, Monday11));
        var newId = moved.GetProperty("id").GetGuid();
        await ClinicBuilder.ReadAsync(await (await host.StaffAsync("reception", clinic.LocationId)).PostAsync($"/api/v1/appointments/{newId}/check-in", null));

        var history = await HistoryAsync(host.Admin(), newId);
        var oldHistory = await HistoryAsync(host.Admin(), oldId);

        Assert.Equal(
            [("booked", "anonymous"), ("rescheduled", "Bootstrap admin token (admin)"), ("booked", "Bootstrap admin token (admin)"), ("check-in", "Test reception (reception)")],
            Lines(history));
        Assert.Equal([oldId, oldId, newId, newId], history.Select(e => e.GetProperty("appointmentId").GetGuid()));
        var rescheduled = history[1].GetProperty("details");
        Assert.Equal(Bookings.Monday9, rescheduled.GetProperty("before").GetProperty("start").GetString());
        Assert.Equal(Monday11, rescheduled.GetProperty("after").GetProperty("start").GetString());
        Assert.Equal(newId, rescheduled.GetProperty("after").GetProperty("rescheduledToId").GetGuid());
        Assert.Equal(old.GetProperty("reference").GetString(), history[2].GetProperty("details").GetProperty("rescheduledFrom").GetProperty("reference").GetString());
        Assert.Equal("checked_in", history[3].GetProperty("details").GetProperty("after").GetProperty("status").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", history[0].GetProperty("at").GetString());
        Assert.Equal([("booked", "anonymous"), ("rescheduled", "Bootstrap admin token (admin)")], Lines(oldHistory));
        Assert.False(history[0].GetProperty("details").TryGetProperty("by", out _));
    }

    [Fact]
    public async Task An_override_and_its_reason_are_in_the_history()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var manager = await host.StaffAsync("clinic_manager", clinic.LocationId);
        var booked = await ClinicBuilder.ReadAsync(await Bookings.PostAsync(manager, clinic, "2027-03-01T07:30:00+00:00", overrideReason: "Early start agreed"));

        var history = await HistoryAsync(manager, booked.GetProperty("id").GetGuid());

        var line = Assert.Single(history);
        Assert.Equal("Test clinic_manager (clinic manager)", line.GetProperty("actor").GetString());
        Assert.Equal("Early start agreed", line.GetProperty("details").GetProperty("overrideReason").GetString());
    }

    [Fact]
    public async Task The_history_is_scoped_like_the_appointment()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var id = (await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync($"/api/v1/appointments/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.StaffAsync("reception", Guid.NewGuid())).GetAsync($"/api/v1/appointments/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin().GetAsync($"/api/v1/appointments/{Guid.NewGuid()}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await host.StaffAsync("operations")).GetAsync($"/api/v1/appointments/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Bookings.PractitionerAsync(host, clinic, clinic.PractitionerIds[0])).GetAsync($"/api/v1/appointments/{id}/history")).StatusCode);
    }

    [Fact]
    public async Task A_customer_reads_their_own_history_with_staff_by_role_and_without_internal_notes()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var email = $"history-{Guid.NewGuid():N}@patients.test";
        var own = await Bookings.BookAsync(host.Anonymous(), clinic, Bookings.Monday9, email: email);
        var other = await Bookings.BookAsync(host.Anonymous(), clinic, Monday11);
        var moved = await ClinicBuilder.ReadAsync(await Bookings.RescheduleAsync(host.Admin(), own.GetProperty("id").GetGuid(), "2027-03-01T07:00:00+00:00", overrideReason: "Before opening, as a favour"));
        var customer = await host.CustomerAsync(email);

        var history = await HistoryAsync(customer, moved.GetProperty("id").GetGuid());
        var foreign = await customer.GetAsync($"/api/v1/appointments/{other.GetProperty("id").GetGuid()}/history");

        Assert.Equal([("booked", "anonymous"), ("rescheduled", "admin"), ("booked", "admin")], Lines(history));
        Assert.DoesNotContain("favour", JsonSerializer.Serialize(history));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }
}
