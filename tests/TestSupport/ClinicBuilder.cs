using System.Net.Http.Json;
using System.Text.Json;

namespace WellPath.TestSupport;

/// <summary>Makes catalog data and rosters through the public API, as a clinic would, for any module's tests.</summary>
public static class ClinicBuilder
{
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>
    /// A live location open every day 07:00-21:00 with <paramref name="practitioners"/> practitioners and one service;
    /// with <paramref name="rooms"/> &gt; 0 the service needs a room type the location has that many rooms of.
    /// </summary>
    public static async Task<Clinic> CreateAsync(
        HttpClient admin, string timeZone = "Europe/London", int practitioners = 1, string visibility = "public", int duration = 30,
        string? serviceName = null, int rooms = 0, int bufferBefore = 0, int bufferAfter = 0, bool requiresApproval = false)
    {
        var location = await ReadAsync(await admin.PostAsJsonAsync("/api/v1/locations", new
        {
            name = $"Clinic {Guid.NewGuid():N}"[..20], timeZone, live = true,
            openingHours = Days.ToDictionary(d => d, _ => new[] { new[] { "07:00", "21:00" } }),
        }));
        var locationId = location.GetProperty("id").GetGuid();
        Guid? roomTypeId = null;
        var roomIds = new List<Guid>();
        if (rooms > 0)
        {
            roomTypeId = (await ReadAsync(await admin.PostAsJsonAsync("/api/v1/room-types", new { name = $"Room type {Guid.NewGuid():N}" }))).GetProperty("id").GetGuid();
            for (var r = 1; r <= rooms; r++)
            {
                roomIds.Add((await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/locations/{locationId}/rooms", new { name = $"Room {r}", roomTypeId }))).GetProperty("id").GetGuid());
            }
        }
        var practitionerIds = new List<Guid>();
        for (var i = 0; i < practitioners; i++)
        {
            var practitioner = await ReadAsync(await admin.PostAsJsonAsync("/api/v1/practitioners", new { name = $"Dr {i}", locationIds = new[] { locationId } }));
            practitionerIds.Add(practitioner.GetProperty("id").GetGuid());
        }
        var service = await ReadAsync(await admin.PostAsJsonAsync("/api/v1/services", new
        {
            name = serviceName ?? $"Service {Guid.NewGuid():N}"[..20], durationMinutes = duration, priceCents = 5000, currency = "GBP",
            locationIds = new[] { locationId }, practitionerIds, visibility, maxAdvanceDays = 730, roomTypeId,
            bufferBeforeMinutes = bufferBefore, bufferAfterMinutes = bufferAfter, requiresApproval,
        }));
        return new Clinic(locationId, service.GetProperty("id").GetGuid(), practitionerIds, roomIds);
    }

    /// <summary>Replaces a practitioner's week: rules are (weekday, start, end) at the clinic's location.</summary>
    public static async Task ScheduleAsync(HttpClient admin, Clinic clinic, Guid practitionerId, params (string Weekday, string Start, string End)[] rules)
    {
        var body = rules.Select(r => new { weekday = r.Weekday, locationId = clinic.LocationId, start = r.Start, end = r.End, breaks = Array.Empty<object>() });
        await ReadAsync(await admin.PutAsJsonAsync($"/api/v1/practitioners/{practitionerId}/weekly-schedule", new { rules = body }));
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {body}");
        }
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

public sealed record Clinic(Guid LocationId, Guid ServiceId, IReadOnlyList<Guid> PractitionerIds, IReadOnlyList<Guid> RoomIds);
