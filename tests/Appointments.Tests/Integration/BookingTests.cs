using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class BookingTests(AppointmentsHost host)
{
    private const string Monday9 = Bookings.Monday9;

    private Task<Clinic> MondayClinicAsync(int practitioners = 1, int rooms = 0, int bufferAfter = 0, bool requiresApproval = false, int duration = 60) =>
        Bookings.MondayClinicAsync(host, practitioners, rooms, bufferAfter, requiresApproval, duration);

    private static object Booking(Clinic clinic, string start, Guid? practitionerId = null, string email = "ada@patients.test") =>
        Bookings.Body(clinic, start, practitionerId, email);

    [Fact]
    public async Task A_free_time_is_booked_with_the_contracts_fields()
    {
        var clinic = await MondayClinicAsync();

        var response = await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Booking(clinic, Monday9));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appointment = await ClinicBuilder.ReadAsync(response);
        Assert.Equal("confirmed", appointment.GetProperty("status").GetString());
        Assert.Equal(Monday9, appointment.GetProperty("start").GetString());
        Assert.Equal("2027-03-01T10:00:00+00:00", appointment.GetProperty("end").GetString());
        Assert.Equal(clinic.PractitionerIds[0], appointment.GetProperty("practitionerId").GetGuid());
        Assert.Equal("web", appointment.GetProperty("source").GetString());
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", appointment.GetProperty("reference").GetString());
        var id = appointment.GetProperty("id").GetGuid();
        var fetched = await ClinicBuilder.ReadAsync(await host.Admin().GetAsync($"/api/v1/appointments/{id}"));
        Assert.Equal(appointment.GetProperty("reference").GetString(), fetched.GetProperty("reference").GetString());
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from kernel.audit_events where action = 'appointment.booked' and record_id = @Id", new { Id = id.ToString() }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from kernel.outbox_messages where module = 'appointments' and payload->>'appointmentId' = @Id", new { Id = id.ToString() }));
    }

    [Fact]
    public async Task A_summer_booking_answers_with_the_summer_offset_and_blocks_its_time()
    {
        var clinic = await MondayClinicAsync();

        var booked = await ClinicBuilder.ReadAsync(await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Booking(clinic, "2027-05-03T08:00:00Z")));
        var slots = await ClinicBuilder.ReadAsync(await host.Anonymous().GetAsync($"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from=2027-05-03&to=2027-05-03"));

        Assert.Equal("2027-05-03T09:00:00+01:00", booked.GetProperty("start").GetString());
        Assert.Equal("2027-05-03T10:00:00+01:00", slots.GetProperty("slots")[0].GetProperty("start").GetString());
    }

    [Fact]
    public async Task A_retried_booking_with_the_same_idempotency_key_answers_the_first_booking_and_makes_no_second()
    {
        var clinic = await MondayClinicAsync(practitioners: 2);
        var key = Guid.NewGuid().ToString();

        async Task<JsonElement> BookAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/appointments") { Content = JsonContent.Create(Booking(clinic, Monday9)) };
            request.Headers.Add("Idempotency-Key", key);
            return await ClinicBuilder.ReadAsync(await host.Anonymous().SendAsync(request));
        }

        var first = await BookAsync();
        var retried = await BookAsync();

        Assert.Equal(first.GetProperty("id").GetGuid(), retried.GetProperty("id").GetGuid());
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from appointments.appointments where service_id = @ServiceId", new { clinic.ServiceId }));
    }

    [Fact]
    public async Task Two_people_booking_without_an_account_with_the_same_idempotency_key_each_get_their_own_booking()
    {
        var clinic = await MondayClinicAsync(practitioners: 2);
        const string key = "1";

        async Task<JsonElement> BookAsync(string start, string email)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/appointments") { Content = JsonContent.Create(Booking(clinic, start, email: email)) };
            request.Headers.Add("Idempotency-Key", key);
            return await ClinicBuilder.ReadAsync(await host.Anonymous().SendAsync(request));
        }

        var ada = await BookAsync(Monday9, "ada@patients.test");
        var bob = await BookAsync("2027-03-01T11:00:00+00:00", "bob@patients.test");

        Assert.NotEqual(ada.GetProperty("id").GetGuid(), bob.GetProperty("id").GetGuid());
        Assert.Equal("2027-03-01T11:00:00+00:00", bob.GetProperty("start").GetString());
        Assert.NotEqual(ada.GetProperty("customerId").GetGuid(), bob.GetProperty("customerId").GetGuid());
    }

    [Fact]
    public async Task A_booked_time_is_no_longer_offered_and_booking_it_again_answers_409()
    {
        var clinic = await MondayClinicAsync();
        await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Booking(clinic, Monday9));

        var again = await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Booking(clinic, Monday9, email: "bob@patients.test"));
        var slots = await ClinicBuilder.ReadAsync(await host.Anonymous().GetAsync($"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from=2027-03-01&to=2027-03-01"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.DoesNotContain(slots.GetProperty("slots").EnumerateArray(), s => s.GetProperty("start").GetString() == Monday9);
        Assert.Equal("2027-03-01T10:00:00+00:00", slots.GetProperty("slots")[0].GetProperty("start").GetString());
    }

    [Fact]
    public async Task An_after_buffer_moves_the_next_start_to_11_15_for_the_practitioner_and_for_a_colleague_sharing_the_only_room()
    {
        var clinic = await MondayClinicAsync(practitioners: 2, rooms: 1, bufferAfter: 15);
        await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Booking(clinic, "2027-03-01T10:00:00+00:00", clinic.PractitionerIds[0]));

        var slots = await ClinicBuilder.ReadAsync(await host.Anonymous().GetAsync($"/api/v1/slots?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&from=2027-03-01&to=2027-03-01"));

        var starts = slots.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("start").GetString()).ToList();
        Assert.DoesNotContain("2027-03-01T11:00:00+00:00", starts);
        Assert.Contains("2027-03-01T11:15:00+00:00", starts);
        Assert.DoesNotContain("2027-03-01T09:15:00+00:00", starts);
    }

    [Fact]
    public async Task Forty_concurrent_bookings_of_one_practitioners_time_give_one_201_and_39_409()
    {
        var clinic = await MondayClinicAsync();

        var statuses = await StormAsync(40, i => Booking(clinic, Monday9, clinic.PractitionerIds[0], $"storm{i}@patients.test"));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(39, statuses.Count(s => s == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Concurrent_bookings_for_anyone_over_three_practitioners_give_exactly_three()
    {
        var clinic = await MondayClinicAsync(practitioners: 3);

        var statuses = await StormAsync(40, i => Booking(clinic, Monday9, email: $"any{i}@patients.test"));

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(37, statuses.Count(s => s == HttpStatusCode.Conflict));
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(3, await connection.ExecuteScalarAsync<int>(
            "select count(distinct practitioner_id) from appointments.appointments where service_id = @ServiceId", new { clinic.ServiceId }));
    }

    [Fact]
    public async Task One_room_shared_by_four_practitioners_gives_exactly_one_booking()
    {
        var clinic = await MondayClinicAsync(practitioners: 4, rooms: 1);

        var statuses = await StormAsync(40, i => Booking(clinic, Monday9, clinic.PractitionerIds[i % 4], $"room{i}@patients.test"));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(39, statuses.Count(s => s == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task A_service_needing_approval_books_as_requested_and_holds_its_time()
    {
        var clinic = await MondayClinicAsync(requiresApproval: true);

        var first = await ClinicBuilder.ReadAsync(await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Booking(clinic, Monday9)));
        var second = await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Booking(clinic, Monday9, email: "later@patients.test"));

        Assert.Equal("requested", first.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Theory]
    [InlineData("2027-03-01T09:00", "start")]
    [InlineData("not a time", "start")]
    public async Task A_bad_booking_answers_422_naming_the_field(string start, string field)
    {
        var clinic = await MondayClinicAsync();

        var response = await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Booking(clinic, start));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_customer_without_email_answers_422()
    {
        var clinic = await MondayClinicAsync();

        var response = await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", new { serviceId = clinic.ServiceId, locationId = clinic.LocationId, start = Monday9, customer = new { name = "No Mail" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("customer.email", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_appointment_is_invisible_outside_the_callers_scope()
    {
        var clinic = await MondayClinicAsync();
        var booked = await ClinicBuilder.ReadAsync(await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Booking(clinic, Monday9)));
        var id = booked.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync($"/api/v1/appointments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin().GetAsync($"/api/v1/appointments/{Guid.NewGuid()}")).StatusCode);
    }

    private Task<List<HttpStatusCode>> StormAsync(int count, Func<int, object> body) =>
        Bookings.StormAsync(count, i => host.Anonymous().PostAsJsonAsync("/api/v1/appointments", body(i)));
}
