using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.TestSupport;

namespace WellPath.Availability.Tests.Integration;

/// <summary>The real host on its own database; catalog data is made through the catalog API, as a clinic would.</summary>
public sealed class AvailabilityHost : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public WellPathFactory Factory { get; private set; } = default!;

    public NpgsqlDataSource DataSource => Factory.Services.GetRequiredService<NpgsqlDataSource>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("availability");
        Factory = new WellPathFactory(Database.ConnectionString, new Dictionary<string, string?> { ["WELLPATH_JOBS"] = "false", ["WELLPATH_COOKIE_SECURE"] = "false" });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Admin() => Factory.CreateAdminClient();

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> StaffAsync(string role, params Guid[] locationIds)
    {
        var staff = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/staff", new
        {
            email = $"{role}-{Guid.NewGuid():N}@clinic.test", name = $"Test {role}", role, locationIds,
            practitionerId = role == "practitioner" ? Guid.NewGuid() : (Guid?)null,
        }));
        var token = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/tokens", new { name = "test", staffId = staff.GetProperty("id").GetGuid() }));
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        return client;
    }

    /// <summary>A live location open every day 07:00-21:00, one practitioner per entry of <paramref name="practitioners"/>, and a public service.</summary>
    public async Task<Clinic> ClinicAsync(string timeZone = "Europe/London", int practitioners = 1, string visibility = "public", int duration = 30, string? serviceName = null)
    {
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        var location = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/locations", new
        {
            name = $"Clinic {Guid.NewGuid():N}"[..20], timeZone, live = true,
            openingHours = days.ToDictionary(d => d, _ => new[] { new[] { "07:00", "21:00" } }),
        }));
        var locationId = location.GetProperty("id").GetGuid();
        var practitionerIds = new List<Guid>();
        for (var i = 0; i < practitioners; i++)
        {
            var practitioner = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/practitioners", new { name = $"Dr {i}", locationIds = new[] { locationId } }));
            practitionerIds.Add(practitioner.GetProperty("id").GetGuid());
        }
        var service = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/services", new
        {
            name = serviceName ?? $"Service {Guid.NewGuid():N}"[..20], durationMinutes = duration, priceCents = 5000, currency = "GBP",
            locationIds = new[] { locationId }, practitionerIds, visibility, maxAdvanceDays = 730,
        }));
        return new Clinic(locationId, service.GetProperty("id").GetGuid(), practitionerIds);
    }

    /// <summary>Replaces a practitioner's week through the API: rules are (weekday, start, end) at the clinic's location.</summary>
    public async Task ScheduleAsync(Clinic clinic, Guid practitionerId, params (string Weekday, string Start, string End)[] rules)
    {
        var body = rules.Select(r => new { weekday = r.Weekday, locationId = clinic.LocationId, start = r.Start, end = r.End, breaks = Array.Empty<object>() });
        await ReadAsync(await Admin().PutAsJsonAsync($"/api/v1/practitioners/{practitionerId}/weekly-schedule", new { rules = body }));
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

    public sealed record Clinic(Guid LocationId, Guid ServiceId, IReadOnlyList<Guid> PractitionerIds);
}

[CollectionDefinition(Name)]
public sealed class AvailabilityHostCollection : ICollectionFixture<AvailabilityHost>
{
    public const string Name = "availability host";
}
