using Npgsql;
using WellPath.Access.Contracts;
using WellPath.Appointments.ChangeStatus;
using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Modules;
using WellPath.SharedKernel.Outbox;

namespace WellPath.Appointments.DemoData;

/// <summary>
/// Appointments around the day the demo is loaded, after the catalog, the staff and the rosters they fit into. Each is
/// written as a booking writes it (the appointment, its audit entry and its event in one statement), then moved on as
/// the desk would move it (checked in, completed), with those changes' own audit entries and events.
/// </summary>
internal sealed class DemoBookingSeeder(ICustomerDirectory customers, IAuditTrail audit, IOutbox outbox, TimeProvider clock) : IDemoDataSeeder
{
    /// <summary>Who the audit trail names for the demo's bookings and changes.</summary>
    private static readonly CallerScope DemoLoader = new("system", null, [], null, null) { Name = "Demo data" };

    private static readonly StatusActions.Action CheckIn = StatusActions.Find("check-in")!;
    private static readonly StatusActions.Action Complete = StatusActions.Find("complete")!;

    public int Order => 40;

    public IEnumerable<DemoLogin> Logins =>
        [new(Roles.Customer, DemoCustomers.LoginEmail, "(no password)", "sign in at /account/customer-link; the link lands in the mail catcher")];

    public async Task SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var schedule = await DemoScheduleReader.ReadAsync(transaction, today.AddDays(-20), today.AddDays(20), cancellationToken);
        var plan = new DemoBookingPlanner(schedule, now).Plan();
        var customerIds = new List<Guid>();
        foreach (var customer in DemoCustomers.All)
        {
            customerIds.Add(await customers.FindOrCreateAsync(customer, transaction, cancellationToken));
        }
        foreach (var booking in plan)
        {
            await WriteAsync(booking, customerIds[booking.Customer], now, transaction, cancellationToken);
        }
    }

    private async Task WriteAsync(DemoBooking booking, Guid customerId, DateTimeOffset now, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var offer = booking.Offer;
        var service = new BookedService(booking.TimeZoneId, offer.BufferBefore, offer.BufferAfter, offer.RequiresApproval, offer.CancellationWindowHours);
        var slot = new BookableSlot(offer.PractitionerId, booking.RoomId, booking.Start, booking.End);
        var status = offer.RequiresApproval ? "requested" : "confirmed";
        var appointment = NewAppointment.Create(
            offer.ServiceId, offer.LocationId, service, slot, customerId, status, booking.Source, booking.Notes, NewAppointment.NoPayment, null, null, now);
        await appointment.Booking(DemoLoader, audit, outbox).ExecuteScalarAsync<int>(
            transaction.Connection!, "select count(*)::int from appointment", transaction, cancellationToken);

        var version = 1;
        foreach (var action in booking.Status switch { "checked_in" => [CheckIn], "completed" => [CheckIn, Complete], _ => Array.Empty<StatusActions.Action>() })
        {
            var change = new StatusChange(appointment.Id, status, version, action, null, false, null, now);
            if (!await StatusChangeWriter.WriteAsync(change, DemoLoader, audit, outbox, transaction, cancellationToken))
            {
                throw new InvalidOperationException($"Demo appointment {appointment.Reference} was not {status}.");
            }
            (status, version) = (action.To, version + 1);
        }
    }
}
