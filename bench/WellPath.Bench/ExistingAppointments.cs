using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WellPath.Bench;

/// <summary>
/// Books the existing appointments through POST /api/v1/appointments, the path every booking takes: offered
/// slots of the searched range in a fixed pseudo-random order, each booked for its practitioner; a slot taken by an
/// earlier booking (409) is skipped, and the slots are searched again when the list runs out.
/// </summary>
internal static class ExistingAppointments
{
    public static async Task<(int Booked, int Refused)> BookAsync(HttpClient admin, string slotsPath, Guid serviceId, Guid locationId, int count)
    {
        var random = new Random(400);
        var (booked, refused) = (0, 0);
        while (booked < count)
        {
            var offered = await OfferedAsync(admin, slotsPath);
            if (offered.Length == 0)
            {
                throw new InvalidOperationException($"No free slot left after {booked} bookings.");
            }
            random.Shuffle(offered);
            foreach (var (start, practitionerId) in offered.Take(count - booked))
            {
                var response = await admin.PostAsJsonAsync("/api/v1/appointments", new
                {
                    serviceId, locationId, start, practitionerId, source = "api",
                    customer = new { name = $"Bench customer {booked % 50}", email = $"bench-customer-{booked % 50}@example.test" },
                });
                if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    refused++;
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    throw new InvalidOperationException("Booking was rate limited: start the host with WELLPATH_BOOKING_LIMIT=100000 for the benchmark.");
                }
                response.EnsureSuccessStatusCode();
                booked++;
            }
        }
        return (booked, refused);
    }

    public static async Task<(string Start, Guid PractitionerId)[]> OfferedAsync(HttpClient admin, string slotsPath)
    {
        var answer = await admin.GetFromJsonAsync<JsonElement>(slotsPath);
        return [.. answer.GetProperty("slots").EnumerateArray().Select(s => (s.GetProperty("start").GetString()!, s.GetProperty("practitionerId").GetGuid()))];
    }
}
