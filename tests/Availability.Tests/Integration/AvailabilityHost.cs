using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.TestSupport;

namespace WellPath.Availability.Tests.Integration;

/// <summary>The real host on its own database; catalog data is made through the catalog API, as a clinic would.</summary>
public sealed class AvailabilityHost() : ModuleHost("availability", new Dictionary<string, string?>
{
    ["WELLPATH_JOBS"] = "false",
    ["WELLPATH_COOKIE_SECURE"] = "false",
    // Conflict tests book many appointments from one test address; the limit itself is tested with appointments.
    ["WELLPATH_BOOKING_LIMIT"] = "100000",
})
{
    public async Task<Clinic> ClinicAsync(string timeZone = "Europe/London", int practitioners = 1, string visibility = "public", int duration = 30, string? serviceName = null) =>
        await ClinicBuilder.CreateAsync(Admin(), timeZone, practitioners, visibility, duration, serviceName);

    /// <summary>A practitioner working at both clinics' locations (each clinic's own practitioners stay where they are).</summary>
    public async Task<Guid> PractitionerAtAsync(params Guid[] locationIds) =>
        (await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/practitioners", new { name = $"Dr Two Places {Guid.NewGuid():N}"[..24], locationIds }))).GetProperty("id").GetGuid();

    public Task ScheduleAsync(Clinic clinic, Guid practitionerId, params (string Weekday, string Start, string End)[] rules) =>
        ClinicBuilder.ScheduleAsync(Admin(), clinic, practitionerId, rules);

    public static Task<JsonElement> ReadAsync(HttpResponseMessage response) => ClinicBuilder.ReadAsync(response);

    /// <summary>Books the clinic's service at an instant, through the public booking API.</summary>
    public async Task<(Guid Id, string Reference)> BookAsync(Clinic clinic, string start, Guid? practitionerId = null)
    {
        var booked = await ReadAsync(await Anonymous().PostAsJsonAsync("/api/v1/appointments", new
        {
            serviceId = clinic.ServiceId, locationId = clinic.LocationId, start, practitionerId = practitionerId ?? clinic.PractitionerIds[0],
            customer = new { name = "Ada Lovelace", email = $"ada-{Guid.NewGuid():N}@patients.test" },
        }));
        return (booked.GetProperty("id").GetGuid(), booked.GetProperty("reference").GetString()!);
    }

    /// <summary>The changes recorded by the latest audit event of <paramref name="action"/> on the practitioner, as JSON text.</summary>
    public async Task<string> LastAuditChangesAsync(string action, Guid practitionerId)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>(
            "select changes::text from kernel.audit_events where action = @action and record_id = @Id order by occurred_at desc limit 1",
            new { action, Id = practitionerId.ToString() }) ?? "";
    }

    public async Task CancelAsync(Guid appointmentId) =>
        await ReadAsync(await Admin().PostAsJsonAsync($"/api/v1/appointments/{appointmentId}/cancel", new { reason = "other" }));
}

[CollectionDefinition(Name)]
public sealed class AvailabilityHostCollection : ICollectionFixture<AvailabilityHost>
{
    public const string Name = "availability host";
}
