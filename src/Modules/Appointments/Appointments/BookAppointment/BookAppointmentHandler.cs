using Dapper;
using Npgsql;
using WellPath.Access.Contracts;
using WellPath.Appointments.Contracts;
using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Outbox;

namespace WellPath.Appointments.BookAppointment;

/// <summary>
/// Books through the same engine that offers slots, then lets the database's exclusion constraints settle any race:
/// a conflict (or the rare deadlock between two racing inserts) moves on to the next free practitioner, then 409.
/// </summary>
internal sealed class BookAppointmentHandler(
    NpgsqlDataSource dataSource, ISlotChecker slots, ICustomerDirectory customers, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
{
    private const string InsertSql = """
        insert into appointments.appointments
            (id, reference, status, service_id, location_id, time_zone, practitioner_id, room_id, customer_id, start_at, end_at, blocked, source, notes, created_at, updated_at)
        values
            (@Id, @Reference, @Status, @ServiceId, @LocationId, @TimeZone, @PractitionerId, @RoomId, @CustomerId, @Start, @End,
             tstzrange(@BlockedStart, @BlockedEnd, '[)'), @Source, @Notes, @Now, @Now)
        """;

    public async Task<BookOutcome> HandleAsync(BookAppointmentRequest request, bool callerIsStaff, string defaultSource, CancellationToken cancellationToken)
    {
        BookAppointmentValidator.TryStart(request.Start, out var start);
        var check = await slots.CheckAsync(new SlotCheckRequest(request.ServiceId!.Value, request.LocationId!.Value, start, request.PractitionerId, callerIsStaff), cancellationToken);
        if (check.Service is not { } service)
        {
            return new BookOutcome.NotFound();
        }

        foreach (var candidate in check.Candidates)
        {
            if (await TryBookAsync(request, service, candidate, request.Source ?? defaultSource, cancellationToken) is { } booked)
            {
                return new BookOutcome.Booked(booked);
            }
        }
        return new BookOutcome.Taken();
    }

    private async Task<AppointmentResponse?> TryBookAsync(
        BookAppointmentRequest request, BookedService service, BookableSlot slot, string source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var status = service.RequiresApproval ? "requested" : "confirmed";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                var customer = request.Customer!;
                var customerId = await customers.FindOrCreateAsync(new CustomerDetails(customer.Name!, customer.Email!, customer.Phone), transaction, cancellationToken);
                var id = Guid.CreateVersion7(now);
                var reference = References.New();
                await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
                {
                    Id = id,
                    Reference = reference,
                    Status = status,
                    ServiceId = request.ServiceId,
                    LocationId = request.LocationId,
                    TimeZone = service.TimeZoneId,
                    slot.PractitionerId,
                    slot.RoomId,
                    CustomerId = customerId,
                    slot.Start,
                    slot.End,
                    BlockedStart = slot.Start.AddMinutes(-service.BufferBeforeMinutes),
                    BlockedEnd = slot.End.AddMinutes(service.BufferAfterMinutes),
                    Source = source,
                    request.Notes,
                    Now = now,
                }, transaction, cancellationToken: cancellationToken));

                var response = new AppointmentResponse(
                    id, reference, status, request.ServiceId!.Value, request.LocationId!.Value, slot.PractitionerId, slot.RoomId,
                    AppointmentResponse.Format(slot.Start, service.TimeZoneId), AppointmentResponse.Format(slot.End, service.TimeZoneId),
                    customerId, source, "not_required", null, null);
                await audit.RecordAsync(new AuditEntry("appointment.booked", "appointment", id.ToString(), new { after = response }), transaction, cancellationToken);
                await outbox.EnqueueAsync("appointments", new AppointmentBooked(
                    id, reference, status, response.ServiceId, response.LocationId, slot.PractitionerId, slot.RoomId, customerId, slot.Start, slot.End, 1), transaction, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return response;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.DeadlockDetected)
            {
                return null;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == "appointments_reference_key")
            {
                // A reference already in use: draw another.
            }
        }
        return null;
    }
}

internal abstract record BookOutcome
{
    public sealed record Booked(AppointmentResponse Appointment) : BookOutcome;

    public sealed record Taken : BookOutcome;

    public sealed record NotFound : BookOutcome;
}
