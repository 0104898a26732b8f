using System.Net.Http.Json;
using System.Text.Json;

namespace WellPath.Bench;

/// <summary>
/// The availability issue's data shape, made through the public API: one location, 10 eligible practitioners
/// with weekly rosters, 5 rooms of the service's required type, a 45-minute service with a 15-minute buffer.
/// </summary>
internal static class SlotsScenario
{
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static async Task<(Guid ServiceId, Guid LocationId)> CreateAsync(HttpClient admin)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var location = await PostAsync(admin, "/api/v1/locations", new
        {
            name = $"Bench clinic {tag}", timeZone = "Europe/London", live = true,
            openingHours = Weekdays.ToDictionary(d => d, _ => new[] { new[] { "08:00", "20:00" } }),
        });
        var locationId = location.GetProperty("id").GetGuid();
        var roomType = await PostAsync(admin, "/api/v1/room-types", new { name = $"Treatment room {tag}" });
        var roomTypeId = roomType.GetProperty("id").GetGuid();
        for (var r = 1; r <= 5; r++)
        {
            await PostAsync(admin, $"/api/v1/locations/{locationId}/rooms", new { name = $"Room {r}", roomTypeId });
        }
        var practitioners = new List<Guid>();
        for (var p = 1; p <= 10; p++)
        {
            var practitioner = await PostAsync(admin, "/api/v1/practitioners", new { name = $"Bench practitioner {p}", locationIds = new[] { locationId } });
            var id = practitioner.GetProperty("id").GetGuid();
            practitioners.Add(id);
            var rules = Weekdays.Select(d => new { weekday = d, locationId, start = p % 2 == 0 ? "08:00" : "09:00", end = "19:00", breaks = new[] { new { start = "12:30", end = "13:00" } } });
            (await admin.PutAsJsonAsync($"/api/v1/practitioners/{id}/weekly-schedule", new { rules })).EnsureSuccessStatusCode();
        }
        var service = await PostAsync(admin, "/api/v1/services", new
        {
            name = $"Bench physio {tag}", durationMinutes = 45, bufferAfterMinutes = 15, priceCents = 6000, currency = "GBP",
            roomTypeId, locationIds = new[] { locationId }, practitionerIds = practitioners, visibility = "public", maxAdvanceDays = 365,
        });
        return (service.GetProperty("id").GetGuid(), locationId);
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(text).RootElement.Clone()
            : throw new InvalidOperationException($"{(int)response.StatusCode} from {path}: {text}");
    }
}
