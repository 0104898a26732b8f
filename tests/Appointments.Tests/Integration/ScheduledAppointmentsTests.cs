using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Availability.Contracts;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

/// <summary>The appointments module's answer to availability's question: which appointments ahead hold a practitioner's time?</summary>
[Collection(AppointmentsHostCollection.Name)]
public sealed class ScheduledAppointmentsTests(AppointmentsHost host)
{
    private async Task<(Guid Id, string Reference)> BookAsync(Clinic clinic, string start, Guid practitionerId)
    {
        var booked = await ClinicBuilder.ReadAsync(await host.Anonymous().PostAsJsonAsync("/api/v1/appointments", new
        {
            serviceId = clinic.ServiceId, locationId = clinic.LocationId, start, practitionerId,
            customer = new { name = "Ada", email = $"ada-{Guid.NewGuid():N}@patients.test" },
        }));
        return (booked.GetProperty("id").GetGuid(), booked.GetProperty("reference").GetString()!);
    }

    private async Task<IReadOnlyList<ScheduledAppointment>> AskAsync(Guid practitionerId, DateTimeOffset from, DateTimeOffset to)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IScheduledAppointments>().GetBlockingAsync(practitionerId, from, to, CancellationToken.None);
    }

    [Fact]
    public async Task A_practitioners_requested_confirmed_and_checked_in_appointments_overlapping_the_range_are_listed_in_order()
    {
        var clinic = await ClinicBuilder.CreateAsync(host.Admin(), "America/New_York", practitioners: 2, duration: 60, bufferAfter: 15);
        foreach (var practitioner in clinic.PractitionerIds)
        {
            await ClinicBuilder.ScheduleAsync(host.Admin(), clinic, practitioner, ("monday", "09:00", "17:00"));
        }
        var mine = clinic.PractitionerIds[0];
        var late = await BookAsync(clinic, "2027-03-01T15:00:00-05:00", mine);
        var early = await BookAsync(clinic, "2027-03-01T09:00:00-05:00", mine);
        var checkedIn = await BookAsync(clinic, "2027-03-01T11:00:00-05:00", mine);
        var cancelled = await BookAsync(clinic, "2027-03-01T13:00:00-05:00", mine);
        var completed = await BookAsync(clinic, "2027-03-08T09:00:00-05:00", mine);
        await BookAsync(clinic, "2027-03-01T10:00:00-05:00", clinic.PractitionerIds[1]);
        await BookAsync(clinic, "2027-03-15T09:00:00-05:00", mine);
        (await host.Admin().PostAsJsonAsync($"/api/v1/appointments/{checkedIn.Id}/check-in", new { })).EnsureSuccessStatusCode();
        (await host.Admin().PostAsJsonAsync($"/api/v1/appointments/{cancelled.Id}/cancel", new { reason = "other" })).EnsureSuccessStatusCode();
        (await host.Admin().PostAsJsonAsync($"/api/v1/appointments/{completed.Id}/check-in", new { })).EnsureSuccessStatusCode();
        (await host.Admin().PostAsJsonAsync($"/api/v1/appointments/{completed.Id}/complete", new { })).EnsureSuccessStatusCode();

        // From 09:30 New York: the 09:00-10:00 appointment still overlaps; the 15 March one starts after the range.
        var listed = await AskAsync(mine, new DateTimeOffset(2027, 3, 1, 14, 30, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 15, 14, 0, 0, TimeSpan.Zero));

        Assert.Equal([early.Reference, checkedIn.Reference, late.Reference], listed.Select(a => a.Reference));
        var first = listed[0];
        Assert.Equal(early.Id, first.Id);
        Assert.Equal(clinic.LocationId, first.LocationId);
        Assert.Equal(clinic.ServiceId, first.ServiceId);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 14, 0, 0, TimeSpan.Zero), first.Start);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero), first.End);
        Assert.Equal("confirmed", first.Status);
        Assert.Equal("America/New_York", first.TimeZoneId);
        Assert.Equal("checked_in", listed[1].Status);
    }

    [Fact]
    public async Task An_appointment_waiting_for_approval_holds_its_time_and_one_ending_at_the_range_start_does_not_count()
    {
        var clinic = await ClinicBuilder.CreateAsync(host.Admin(), duration: 60, requiresApproval: true);
        await ClinicBuilder.ScheduleAsync(host.Admin(), clinic, clinic.PractitionerIds[0], ("monday", "09:00", "17:00"));
        var requested = await BookAsync(clinic, "2027-03-01T10:00:00+00:00", clinic.PractitionerIds[0]);
        await BookAsync(clinic, "2027-03-01T09:00:00+00:00", clinic.PractitionerIds[0]);

        var listed = await AskAsync(clinic.PractitionerIds[0], new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 2, 0, 0, 0, TimeSpan.Zero));

        var only = Assert.Single(listed);
        Assert.Equal(requested.Reference, only.Reference);
        Assert.Equal("requested", only.Status);
    }
}
