using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class LifecycleTests(AppointmentsHost host)
{
    private async Task<(Clinic Clinic, Guid Id)> BookAsync(bool requiresApproval = false, string start = "2027-03-01T09:00:00+00:00")
    {
        var clinic = await ClinicBuilder.CreateAsync(host.Admin(), requiresApproval: requiresApproval, duration: 60);
        await ClinicBuilder.ScheduleAsync(host.Admin(), clinic, clinic.PractitionerIds[0], ("monday", "09:00", "17:00"));
        var booked = await ClinicBuilder.ReadAsync(await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", new
        {
            serviceId = clinic.ServiceId, locationId = clinic.LocationId, start, customer = new { name = "Ada", email = $"ada-{Guid.NewGuid():N}@patients.test" },
        }));
        return (clinic, booked.GetProperty("id").GetGuid());
    }

    private async Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object? body = null) =>
        await client.PostAsJsonAsync($"/api/v1/appointments/{id}/{action}", body ?? new { });

    [Fact]
    public async Task A_confirmed_appointment_is_checked_in_and_completed_and_then_nothing_more()
    {
        var (_, id) = await BookAsync();

        var checkIn = await ActAsync(host.Admin(), id, "check-in");
        var complete = await ActAsync(host.Admin(), id, "complete");
        var cancel = await ActAsync(host.Admin(), id, "cancel", new { reason = "other" });

        Assert.Equal("checked_in", (await ClinicBuilder.ReadAsync(checkIn)).GetProperty("status").GetString());
        Assert.Equal("completed", (await ClinicBuilder.ReadAsync(complete)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        using var problem = JsonDocument.Parse(await cancel.Content.ReadAsStringAsync());
        Assert.Equal("completed", problem.RootElement.GetProperty("currentStatus").GetString());
        Assert.Empty(problem.RootElement.GetProperty("allowed").EnumerateArray());
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where record_id = @Id and action in ('appointment.check-in', 'appointment.complete')", new { Id = id.ToString() }));
    }

    [Fact]
    public async Task A_requested_appointment_is_confirmed_or_declined_and_a_declined_one_frees_its_time()
    {
        var (_, id) = await BookAsync(requiresApproval: true);
        var (_, other) = await BookAsync(requiresApproval: true);

        var wrong = await ActAsync(host.Admin(), id, "check-in");
        var confirmed = await ClinicBuilder.ReadAsync(await ActAsync(host.Admin(), id, "confirm"));
        var declined = await ClinicBuilder.ReadAsync(await ActAsync(host.Admin(), other, "decline"));

        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        Assert.Contains("confirm", await wrong.Content.ReadAsStringAsync());
        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal("cancelled", declined.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(host.Admin(), id, "confirm")).StatusCode);
    }

    [Fact]
    public async Task Cancelling_frees_the_time_and_inside_the_window_is_marked_late()
    {
        var (clinic, far) = await BookAsync();

        var cancelled = await ClinicBuilder.ReadAsync(await ActAsync(host.Admin(), far, "cancel", new { reason = "customer_request", note = "moved away" }));
        var slots = await ClinicBuilder.ReadAsync(await host.Anonymous().GetAsync($"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from=2027-03-01&to=2027-03-01"));
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            // The same appointment again, now with a cancellation window that reaches back past today.
            await connection.ExecuteAsync("update appointments.appointments set status = 'confirmed', cancel_reason = null, cancellation_window_hours = 24 * 365 * 2 where id = @far", new { far });
        }
        var late = await ClinicBuilder.ReadAsync(await ActAsync(host.Admin(), far, "cancel", new { reason = "illness" }));

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.False(cancelled.GetProperty("lateCancellation").GetBoolean());
        Assert.Equal("2027-03-01T09:00:00+00:00", slots.GetProperty("slots")[0].GetProperty("start").GetString());
        Assert.True(late.GetProperty("lateCancellation").GetBoolean());
    }

    [Fact]
    public async Task A_cancellation_needs_a_known_reason()
    {
        var (_, id) = await BookAsync();

        var response = await ActAsync(host.Admin(), id, "cancel", new { reason = "bored" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reception_acts_only_at_its_own_locations_and_operations_may_read_but_not_act()
    {
        var (clinic, id) = await BookAsync();

        var own = await host.StaffAsync("reception", clinic.LocationId);
        var elsewhere = await host.StaffAsync("reception", Guid.NewGuid());
        var operations = await host.StaffAsync("operations");

        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(elsewhere, id, "check-in")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operations.GetAsync($"/api/v1/appointments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(operations, id, "check-in")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(own, id, "check-in")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_location_date_and_status_within_the_callers_scope()
    {
        var (clinic, id) = await BookAsync();
        var reception = await host.StaffAsync("reception", clinic.LocationId);
        var elsewhere = await host.StaffAsync("reception", Guid.NewGuid());

        var mine = await ClinicBuilder.ReadAsync(await reception.GetAsync($"/api/v1/appointments?locationId={clinic.LocationId}&date=2027-03-01&status=confirmed"));
        var otherDay = await ClinicBuilder.ReadAsync(await reception.GetAsync($"/api/v1/appointments?locationId={clinic.LocationId}&date=2027-03-02"));
        var foreign = await ClinicBuilder.ReadAsync(await elsewhere.GetAsync($"/api/v1/appointments?locationId={clinic.LocationId}"));
        var badStatus = await reception.GetAsync("/api/v1/appointments?status=lost");

        Assert.Equal(id, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty(otherDay.GetProperty("items").EnumerateArray());
        Assert.Empty(foreign.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus.StatusCode);
    }
}
