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
            (id, reference, status, service_id, location_id, time_zone, practitioner_id, room_id, customer_id, start_at, end_at, blocked, source, notes, cancellation_window_hours, created_at, updated_at)
        values
            (@Id, @Reference, @Status, @ServiceId, @LocationId, @TimeZone, @PractitionerId, @RoomId, @CustomerId, @Start, @End,
             tstzrange(@BlockedStart, @BlockedEnd, '[)'), @Source, @Notes, @CancellationWindowHours, @Now, @Now)
        """;

    private const string ReplaySql = "select appointment_id from appointments.idempotency_keys where caller = @Caller and key = @Key";

    private const string RememberSql = """
        insert into appointments.idempotency_keys (caller, key, appointment_id, created_at) values (@Caller, @Key, @AppointmentId, @Now)
        """;

    public async Task<BookOutcome> HandleAsync(BookAppointmentRequest request, bool callerIsStaff, string defaultSource, IdempotencyKey? key, CancellationToken cancellationToken)
    {
        if (key is not null && await ReplayAsync(key, cancellationToken) is { } replayed)
        {
            return new BookOutcome.Booked(replayed);
        }

        BookAppointmentValidator.TryStart(request.Start, out var start);
        var check = await slots.CheckAsync(new SlotCheckRequest(request.ServiceId!.Value, request.LocationId!.Value, start, request.PractitionerId, callerIsStaff), cancellationToken);
        if (check.Service is not { } service)
        {
            return new BookOutcome.NotFound();
        }

        foreach (var candidate in check.Candidates)
        {
            if (await TryBookAsync(request, service, candidate, request.Source ?? defaultSource, key, cancellationToken) is { } booked)
            {
                return new BookOutcome.Booked(booked);
            }
        }
        return new BookOutcome.Taken();
    }

    private async Task<AppointmentResponse?> ReplayAsync(IdempotencyKey key, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(ReplaySql, new { key.Caller, key.Key }, cancellationToken: cancellationToken));
        return id is { } existing ? (await AppointmentReader.LoadAsync(connection, existing, null, cancellationToken))?.ToResponse() : null;
    }

    private async Task<AppointmentResponse?> TryBookAsync(
        BookAppointmentRequest request, BookedService service, BookableSlot slot, string source, IdempotencyKey? key, CancellationToken cancellationToken)
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
                    service.CancellationWindowHours,
                    Now = now,
                }, transaction, cancellationToken: cancellationToken));

                var response = new AppointmentResponse(
                    id, reference, status, request.ServiceId!.Value, request.LocationId!.Value, slot.PractitionerId, slot.RoomId,
                    AppointmentResponse.Format(slot.Start, service.TimeZoneId), AppointmentResponse.Format(slot.End, service.TimeZoneId),
                    customerId, source, "not_required", null, null);
                await audit.RecordAsync(new AuditEntry("appointment.booked", "appointment", id.ToString(), new { after = response }), transaction, cancellationToken);
                await outbox.EnqueueAsync("appointments", new AppointmentBooked(
                    id, reference, status, response.ServiceId, response.LocationId, slot.PractitionerId, slot.RoomId, customerId, slot.Start, slot.End, 1), transaction, cancellationToken);
                if (key is not null)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        RememberSql, new { key.Caller, key.Key, AppointmentId = id, Now = now }, transaction, cancellationToken: cancellationToken));
                }
                await transaction.CommitAsync(cancellationToken);
                return response;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == "idempotency_keys_pkey" && key is not null)
            {
                // The same request, retried while the first was still running, won: answer what it booked.
                await transaction.RollbackAsync(CancellationToken.None);
                return await ReplayAsync(key, cancellationToken);
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

/// <summary>A client's retry key, scoped to the caller so one client cannot read another's booking by its key.</summary>
internal sealed record IdempotencyKey(string Caller, string Key);

internal abstract record BookOutcome
{
    public sealed record Booked(AppointmentResponse Appointment) : BookOutcome;

    public sealed record Taken : BookOutcome;

    public sealed record NotFound : BookOutcome;
}
