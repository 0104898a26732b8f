using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

/// <summary>Clinics, bookings and moves through the API, as the tests of this module make them.</summary>
internal static class Bookings
{
    public const string Monday9 = "2027-03-01T09:00:00+00:00";

    /// <summary>A clinic whose practitioners work Mondays 09:00-17:00 (the location opens 07:00-21:00 every day).</summary>
    public static async Task<Clinic> MondayClinicAsync(
        AppointmentsHost host, int practitioners = 1, int rooms = 0, int bufferAfter = 0, bool requiresApproval = false, int duration = 60)
    {
        var clinic = await ClinicBuilder.CreateAsync(host.Admin(), practitioners: practitioners, rooms: rooms, bufferAfter: bufferAfter, requiresApproval: requiresApproval, duration: duration);
        foreach (var practitioner in clinic.PractitionerIds)
        {
            await ClinicBuilder.ScheduleAsync(host.Admin(), clinic, practitioner, ("monday", "09:00", "17:00"));
        }
        return clinic;
    }

    public static object Body(Clinic clinic, string start, Guid? practitionerId = null, string email = "ada@patients.test", string? overrideReason = null) => new
    {
        serviceId = clinic.ServiceId, locationId = clinic.LocationId, start, practitionerId,
        customer = new { name = "Ada Lovelace", email, phone = "+44 20 7946 0000" },
        @override = overrideReason is null ? null : new { reason = overrideReason },
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Clinic clinic, string start, Guid? practitionerId = null, string? email = null, string? overrideReason = null) =>
        client.PostAsJsonAsync("/api/v1/appointments", Body(clinic, start, practitionerId, email ?? $"ada-{Guid.NewGuid():N}@patients.test", overrideReason));

    /// <summary>The new appointment's id, or an exception naming the answer when the time could not be booked.</summary>
    public static async Task<JsonElement> BookAsync(HttpClient client, Clinic clinic, string start, Guid? practitionerId = null, string? email = null) =>
        await ClinicBuilder.ReadAsync(await PostAsync(client, clinic, start, practitionerId, email));

    public static Task<HttpResponseMessage> RescheduleAsync(HttpClient client, Guid id, string start, Guid? practitionerId = null, string? overrideReason = null) =>
        client.PostAsJsonAsync($"/api/v1/appointments/{id}/reschedule", new
        {
            start, practitionerId, @override = overrideReason is null ? null : new { reason = overrideReason },
        });

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id) => await ClinicBuilder.ReadAsync(await client.GetAsync($"/api/v1/appointments/{id}"));

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.Clone();
    }

    /// <summary>The obstacle kinds of a 409's problem details.</summary>
    public static async Task<List<string>> ObstacleKindsAsync(HttpResponseMessage response) =>
        (await ProblemAsync(response)).GetProperty("obstacles").EnumerateArray().Select(o => o.GetProperty("kind").GetString()!).ToList();

    /// <summary>A client with the API token of a practitioner's own staff account (their appointments are their scope).</summary>
    public static async Task<HttpClient> PractitionerAsync(AppointmentsHost host, Clinic clinic, Guid practitionerId)
    {
        var admin = host.Admin();
        var staff = await ClinicBuilder.ReadAsync(await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            email = $"practitioner-{Guid.NewGuid():N}@clinic.test", name = "Dr Own", role = "practitioner", locationIds = new[] { clinic.LocationId }, practitionerId,
        }));
        var token = await ClinicBuilder.ReadAsync(await admin.PostAsJsonAsync("/api/v1/tokens", new { name = "test", staffId = staff.GetProperty("id").GetGuid() }));
        var client = host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        return client;
    }

    /// <summary>Sends <paramref name="count"/> requests at once and answers their statuses; a 5xx fails the test.</summary>
    public static async Task<List<HttpStatusCode>> StormAsync(int count, Func<int, Task<HttpResponseMessage>> send)
    {
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await start.WaitAsync();
            return (await send(i)).StatusCode;
        }).ToList();
        start.Release(count);
        var statuses = (await Task.WhenAll(tasks)).ToList();
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        return statuses;
    }
}
