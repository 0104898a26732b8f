using System.Net.Http.Json;
using System.Text.Json;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration.Reception;

/// <summary>Clinics whose practitioners work Mondays 09:00-17:00, and bookings made through the API as any client would.</summary>
internal static class ReceptionClinics
{
    public const string Monday = "2027-03-01";

    public static async Task<Clinic> MondayClinicAsync(
        AppointmentsHost host, int practitioners = 1, bool requiresApproval = false, string timeZone = "Europe/London", string visibility = "public")
    {
        var clinic = await ClinicBuilder.CreateAsync(host.Admin(), timeZone, practitioners, visibility, duration: 30, requiresApproval: requiresApproval);
        foreach (var practitioner in clinic.PractitionerIds)
        {
            await ClinicBuilder.ScheduleAsync(host.Admin(), clinic, practitioner, ("monday", "09:00", "17:00"));
        }
        return clinic;
    }

    /// <summary>Books <paramref name="start"/> (an instant with its offset) for a new customer named <paramref name="name"/>.</summary>
    public static async Task<Booked> BookAsync(AppointmentsHost host, Clinic clinic, string start, string name = "Ada Lovelace", Guid? practitionerId = null)
    {
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}-{Guid.NewGuid():N}@patients.test";
        var booked = await ClinicBuilder.ReadAsync(await host.Admin().PostAsJsonAsync("/api/v1/appointments", new
        {
            serviceId = clinic.ServiceId, locationId = clinic.LocationId, start, practitionerId,
            customer = new { name, email, phone = "+44 20 7946 0000" },
        }));
        return new Booked(booked.GetProperty("id").GetGuid(), booked.GetProperty("reference").GetString()!, booked.GetProperty("customerId").GetGuid(), email);
    }

    public static async Task<JsonElement> GetAsync(AppointmentsHost host, Guid id) =>
        await ClinicBuilder.ReadAsync(await host.Admin().GetAsync($"/api/v1/appointments/{id}"));
}

internal sealed record Booked(Guid Id, string Reference, Guid CustomerId, string Email);
