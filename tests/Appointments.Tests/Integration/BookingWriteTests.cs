using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Dapper;

namespace WellPath.Appointments.Tests.Integration;

[Collection(AppointmentsHostCollection.Name)]
public sealed class BookingWriteTests(AppointmentsHost host)
{
    [Fact]
    public async Task The_appointment_its_audit_entry_its_event_and_the_idempotency_key_are_written_in_one_statement()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/appointments") { Content = JsonContent.Create(Bookings.Body(clinic, Bookings.Monday9)) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var statements = await StatementsDuringAsync(() => host.Anonymous().SendAsync(request));

        var writes = statements.Where(s => s.Contains("insert into", StringComparison.OrdinalIgnoreCase)).ToList();
        var booking = Assert.Single(writes, s => s.Contains("insert into appointments.appointments", StringComparison.Ordinal));
        Assert.Contains("insert into kernel.audit_events", booking);
        Assert.Contains("insert into kernel.outbox_messages", booking);
        Assert.Contains("insert into appointments.idempotency_keys", booking);
        // The other write is the customer's find-or-create, a part the Access module adds to the check's reads.
        Assert.Equal(2, writes.Count);
        Assert.Single(writes, s => s.Contains("access.customers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_booking_goes_to_the_database_three_times()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Bookings.Body(clinic, Bookings.Monday9)); // prepared statements, warm caches

        var statements = await StatementsDuringAsync(() => host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Bookings.Body(clinic, "2027-03-01T10:00:00+00:00")));

        // The catalog; the rosters, the blocked time and the customer's find-or-create; the write.
        Assert.Equal(3, statements.Count);
        Assert.Contains("access.customers", statements[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_booking_for_a_service_not_offered_there_leaves_no_customer_behind()
    {
        var clinic = await Bookings.MondayClinicAsync(host);
        var email = $"nobody-{Guid.NewGuid():N}@patients.test";

        var response = await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", Bookings.Body(clinic with { ServiceId = Guid.NewGuid() }, Bookings.Monday9, email: email));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from access.customers where email_key = @email", new { email }));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_idempotency_key_make_one_booking_and_answer_it_to_each()
    {
        var clinic = await Bookings.MondayClinicAsync(host, practitioners: 3);
        var key = Guid.NewGuid().ToString();
        var ids = new ConcurrentBag<Guid>();

        var statuses = await Bookings.StormAsync(10, async _ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/appointments") { Content = JsonContent.Create(Bookings.Body(clinic, Bookings.Monday9)) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await host.Anonymous().SendAsync(request);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                ids.Add((await response.Content.ReadFromJsonAsync<IdOnly>())!.Id);
            }
            return response;
        });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.Single(ids.Distinct());
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from appointments.appointments where service_id = @ServiceId", new { clinic.ServiceId }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'appointment.booked' and record_id = @Id", new { Id = ids.First().ToString() }));
    }

    private sealed record IdOnly(Guid Id);

    /// <summary>The SQL text of every command the host sends while <paramref name="act"/> runs (the tests of this host run one at a time).</summary>
    private static async Task<List<string>> StatementsDuringAsync(Func<Task> act)
    {
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.query.text") is string text)
                {
                    statements.Enqueue(text);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await act();
        return [.. statements];
    }
}
