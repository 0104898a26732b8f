using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Availability.Contracts;

namespace WellPath.Appointments.Tests.Integration.DemoData;

/// <summary>What must hold of every demo appointment, whatever the day the demo was loaded.</summary>
internal static class DemoInvariants
{
    private const string WithoutTrailSql = """
        select a.reference from appointments.appointments a
        where not exists (select from kernel.audit_events e
                          where e.record_type = 'appointment' and e.record_id = a.id::text and e.action = 'appointment.booked')
           or not exists (select from kernel.outbox_messages m
                          where m.event_type like '%AppointmentBooked' and m.payload->>'appointmentId' = a.id::text)
           -- each status change since the booking has its audit entry and its event
           or a.version - 1 <> (select count(*) from kernel.audit_events e
                                where e.record_id = a.id::text and e.action in ('appointment.check-in', 'appointment.complete'))
           or a.version - 1 <> (select count(*) from kernel.outbox_messages m
                                where m.event_type like '%AppointmentStatusChanged' and m.payload->>'appointmentId' = a.id::text)
        """;

    private const string OverlapsSql = """
        select a.reference || ' ' || b.reference from appointments.appointments a
        join appointments.appointments b on a.id < b.id and a.blocked && b.blocked
             and (a.practitioner_id = b.practitioner_id or a.room_id = b.room_id)
        """;

    private const string AppointmentsSql = """
        select id, reference, service_id, location_id, practitioner_id, start_at from appointments.appointments order by start_at, id
        """;

    public static async Task AssertHoldAsync(DemoHost demo)
    {
        await using var connection = await demo.DataSource.OpenConnectionAsync();
        var appointments = (await connection.QueryAsync<(Guid Id, string Reference, Guid ServiceId, Guid LocationId, Guid PractitionerId, DateTime StartAt)>(AppointmentsSql)).ToList();
        Assert.InRange(appointments.Count, 20, 80);
        Assert.Empty(await connection.QueryAsync<string>(WithoutTrailSql));
        Assert.Empty(await connection.QueryAsync<string>(OverlapsSql));

        // Asked as if each were still ahead, the engine offers each appointment's time to its practitioner: inside their
        // working time, the opening hours, outside closures, on the service's grid, and free of every other appointment.
        var now = demo.Clock.Now;
        demo.Clock.Now = new DateTimeOffset(appointments.Min(a => a.StartAt), TimeSpan.Zero).AddDays(-2);
        try
        {
            using var scope = demo.Factory.Services.CreateScope();
            var slots = scope.ServiceProvider.GetRequiredService<ISlotChecker>();
            foreach (var a in appointments)
            {
                var request = new SlotCheckRequest(a.ServiceId, a.LocationId, new DateTimeOffset(a.StartAt, TimeSpan.Zero), a.PractitionerId, CallerIsStaff: true)
                {
                    IgnoreAppointmentId = a.Id,
                };
                var check = await slots.CheckAsync(request, CancellationToken.None);
                var obstacles = check.Candidates.Count > 0 ? [] : await slots.ExplainAsync(request, CancellationToken.None);
                Assert.True(check.Candidates.Any(c => c.PractitionerId == a.PractitionerId),
                    $"{a.Reference} at {a.StartAt:u} is not bookable: {string.Join("; ", obstacles.Select(o => o.Message))}");
            }
        }
        finally
        {
            demo.Clock.Now = now;
        }
    }
}
