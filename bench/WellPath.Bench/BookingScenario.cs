using System.Net.Http.Json;
using System.Text.Json;

namespace WellPath.Bench;

/// <summary>
/// The booking benchmark's clinics, made through the public API: one clinic per client, each with one practitioner
/// working 08:00-20:00 every day and one room of the service's required type, so the clients' bookings never
/// compete for a practitioner or a room (non-conflicting times), yet every booking is held by both exclusion
/// constraints.
/// </summary>
internal sealed record BookingScenario(Guid ServiceId, IReadOnlyList<BookingClinic> Clinics)
{
    public const string TimeZone = "Europe/London";
    public const int DurationMinutes = 30;

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static async Task<BookingScenario> CreateAsync(HttpClient admin, int clinics)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var roomType = await PostAsync(admin, "/api/v1/room-types", new { name = $"Bench booking room {tag}" });
        var roomTypeId = roomType.GetProperty("id").GetGuid();
        var created = new List<BookingClinic>();
        for (var c = 1; c <= clinics; c++)
        {
            var location = await PostAsync(admin, "/api/v1/locations", new
            {
                name = $"Bench booking clinic {tag}-{c}", timeZone = TimeZone, live = true,
                openingHours = Weekdays.ToDictionary(d => d, _ => new[] { new[] { "08:00", "20:00" } }),
            });
            var locationId = location.GetProperty("id").GetGuid();
            var room = await PostAsync(admin, $"/api/v1/locations/{locationId}/rooms", new { name = "Room 1", roomTypeId });
            var practitioner = await PostAsync(admin, "/api/v1/practitioners", new { name = $"Bench booker {tag}-{c}", locationIds = new[] { locationId } });
            var practitionerId = practitioner.GetProperty("id").GetGuid();
            var rules = Weekdays.Select(d => new { weekday = d, locationId, start = "08:00", end = "20:00", breaks = Array.Empty<object>() });
            (await admin.PutAsJsonAsync($"/api/v1/practitioners/{practitionerId}/weekly-schedule", new { rules })).EnsureSuccessStatusCode();
            created.Add(new BookingClinic(locationId, practitionerId, room.GetProperty("id").GetGuid()));
        }
        var service = await PostAsync(admin, "/api/v1/services", new
        {
            name = $"Bench booking {tag}", durationMinutes = DurationMinutes, stepMinutes = DurationMinutes, priceCents = 5000, currency = "GBP", roomTypeId,
            locationIds = created.Select(c => c.LocationId), practitionerIds = created.Select(c => c.PractitionerId),
            visibility = "public", maxAdvanceDays = 730,
        });
        return new BookingScenario(service.GetProperty("id").GetGuid(), created);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(text).RootElement.Clone()
            : throw new InvalidOperationException($"{(int)response.StatusCode} from {path}: {text}");
    }
}

internal sealed record BookingClinic(Guid LocationId, Guid PractitionerId, Guid RoomId);
