using Dapper;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

/// <summary>Clinics for the customer pages' tests: Monday 09:00-17:00 rosters, an address, preparation notes and a 48-hour policy.</summary>
internal static class CustomerClinics
{
    public const string Address = "1 Harley Street, London W1G 9QD";
    public const string PrepNotes = "Wear loose clothing & arrive 10 minutes early.";

    public static async Task<Clinic> CreateAsync(
        AppointmentsHost host, int practitioners = 1, bool requiresApproval = false, string timeZone = "Europe/London", string visibility = "public")
    {
        var clinic = await ClinicBuilder.CreateAsync(
            host.Admin(), timeZone: timeZone, practitioners: practitioners, requiresApproval: requiresApproval, duration: 30, visibility: visibility);
        foreach (var practitioner in clinic.PractitionerIds)
        {
            await ClinicBuilder.ScheduleAsync(host.Admin(), clinic, practitioner, ("monday", "09:00", "17:00"));
        }
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("update catalog.locations set address = @Address where id = @LocationId", new { Address, clinic.LocationId });
        await connection.ExecuteAsync(
            "update catalog.services set prep_notes = @PrepNotes, cancellation_window_hours = 48 where id = @ServiceId", new { PrepNotes, clinic.ServiceId });
        return clinic;
    }

    public static string Details(Clinic clinic, string start, Guid? practitionerId = null) =>
        $"/book/details?serviceId={clinic.ServiceId}&locationId={clinic.LocationId}&start={Uri.EscapeDataString(start)}&practitionerId={practitionerId}";

    public static Dictionary<string, string> Ada(string? email = null) => new()
    {
        ["Name"] = "Ada Lovelace",
        ["Email"] = email ?? $"ada-{Guid.NewGuid():N}@patients.test",
        ["Phone"] = "+44 20 7946 0000",
        ["Notes"] = "First visit.",
    };

    /// <summary>Books through the pages as a customer would: opens the details page, fills the form, follows the 303.</summary>
    public static async Task<Page> BookAsync(CustomerBrowser browser, Clinic clinic, string start, Dictionary<string, string>? customer = null)
    {
        var details = await browser.GetAsync(Details(clinic, start));
        var posted = await browser.SubmitAsync(details, "form[data-testid=details-form]", customer ?? Ada());
        return posted.Status == 303 ? await browser.FollowAsync(posted) : throw new InvalidOperationException($"Booking answered {posted.Status}: {posted.Html}");
    }

    public static async Task<int> CountAsync(AppointmentsHost host, Clinic clinic)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("select count(*) from appointments.appointments where service_id = @ServiceId", new { clinic.ServiceId });
    }
}
