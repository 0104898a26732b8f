using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;
using WellPath.Access.Contracts;
using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Data;
using WellPath.SharedKernel.Outbox;

namespace WellPath.Appointments.BookAppointment;

/// <summary>
/// Books through the same engine that offers slots, then lets the database's exclusion constraints settle any race:
/// a conflict (or the rare deadlock between two racing inserts) moves on to the next free practitioner, then 409.
/// The appointment, its audit entry, its event and the idempotency key go to the database in one statement; the customer
/// is found or created with the check's reads.
/// </summary>
internal sealed class BookAppointmentHandler(
    NpgsqlDataSource dataSource, ISlotChecker slots, ICustomerDirectory customers, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
{
    private const string ReplaySql = "select appointment_id from appointments.idempotency_keys where caller = @Caller and key = @Key";

    // A part of the booking's statement: @Id and @Now are the new appointment's.
    private const string RememberSql = """
        insert into appointments.idempotency_keys (caller, key, appointment_id, created_at) values (@Caller, @Key, @Id, @Now)
        """;

    /// <summary>
    /// <paramref name="caller"/> decides what may be booked (staff see internal services; admins and clinic managers may
    /// override) and is the actor of the audit entry; <paramref name="defaultSource"/> applies when the request names none.
    /// </summary>
    public async Task<BookOutcome> HandleAsync(
        BookAppointmentRequest request, CallerScope caller, string defaultSource, IdempotencyKey? key, CancellationToken cancellationToken)
    {
        if (key is not null && await ReplayAsync(key, cancellationToken) is { } replayed)
        {
            return new BookOutcome.Booked(replayed);
        }
        if (request.Override is not null && !Overrides.Allowed(caller, request.LocationId!.Value))
        {
            return new BookOutcome.Forbidden();
        }

        BookAppointmentValidator.TryStart(request.Start, out var start);
        var slotRequest = new SlotCheckRequest(request.ServiceId!.Value, request.LocationId!.Value, start, request.PractitionerId, caller.IsStaff)
        {
            Override = request.Override is not null,
        };
        // The customer is found or created in the same round trip as the check's rosters and blocked time.
        var lookups = new QueryBatch();
        var customer = customers.AddFindOrCreateTo(lookups, new CustomerDetails(request.Customer!.Name!, request.Customer.Email!, request.Customer.Phone));
        var check = await slots.CheckAsync(slotRequest, lookups, cancellationToken);
        if (check.Service is not { } service)
        {
            return new BookOutcome.NotFound();
        }

        foreach (var candidate in check.Candidates)
        {
            if (await TryBookAsync(request, service, candidate, customer.Value, caller, request.Source ?? defaultSource, key, cancellationToken) is { } booked)
            {
                return new BookOutcome.Booked(booked);
            }
        }
        return new BookOutcome.Taken(caller.IsStaff ? await slots.ExplainAsync(slotRequest, cancellationToken) : []);
    }

    private async Task<AppointmentResponse?> ReplayAsync(IdempotencyKey key, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(ReplaySql, new { key.Caller, key.Key }, cancellationToken: cancellationToken));
        return id is { } existing ? (await AppointmentReader.LoadAsync(connection, existing, null, cancellationToken))?.ToResponse() : null;
    }

    /// <summary>The booking's one statement, which needs no transaction around it: it is applied or refused as a whole.</summary>
    private async Task<AppointmentResponse?> TryBookAsync(
        BookAppointmentRequest request, BookedService service, BookableSlot slot, Guid customerId, CallerScope caller, string source, IdempotencyKey? key,
        CancellationToken cancellationToken)
    {
        var status = service.RequiresApproval ? "requested" : "confirmed";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var appointment = NewAppointment.Create(
                request.ServiceId!.Value, request.LocationId!.Value, service, slot, customerId, status, source, request.Notes,
                NewAppointment.NoPayment, null, request.Override?.Reason, clock.GetUtcNow());
            try
            {
                await WriteAsync(appointment, caller, key, cancellationToken);
                return appointment.ToResponse();
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == "idempotency_keys_pkey" && key is not null)
            {
                // The same request, retried while the first was still running, won: answer what it booked.
                return await ReplayAsync(key, cancellationToken);
            }
            catch (PostgresException ex) when (NewAppointment.IsTimeTaken(ex))
            {
                return null;
            }
            catch (PostgresException ex) when (NewAppointment.IsReferenceClash(ex))
            {
                // A reference already in use: the next attempt draws another.
            }
        }
        return null;
    }

    private async Task WriteAsync(NewAppointment appointment, CallerScope caller, IdempotencyKey? key, CancellationToken cancellationToken)
    {
        var change = appointment.Booking(caller, audit, outbox);
        if (key is not null)
        {
            change.Add("remembered", RememberSql, new { key.Caller, key.Key });
        }
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await change.ExecuteScalarAsync<int>(connection, "select count(*)::int from appointment", null, cancellationToken);
    }
}

/// <summary>A client's retry key, scoped to the caller so one client cannot read another's booking by its key.</summary>
internal sealed record IdempotencyKey(string Caller, string Key)
{
    /// <summary>
    /// Callers without an account are told apart by the customer they book for (its hash keeps the column short), so
    /// two people who happen to send the same key never get each other's booking, and a retry still finds its own.
    /// </summary>
    public static string AnonymousCaller(string? customerEmail) =>
        "anonymous:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((customerEmail ?? "").Trim().ToLowerInvariant())));
}

internal abstract record BookOutcome
{
    public sealed record Booked(AppointmentResponse Appointment) : BookOutcome;

    /// <summary><see cref="Obstacles"/> say why, for staff; empty for others.</summary>
    public sealed record Taken(IReadOnlyList<SlotObstacle> Obstacles) : BookOutcome;

    public sealed record NotFound : BookOutcome;

    /// <summary>An override asked for by someone who may not override here.</summary>
    public sealed record Forbidden : BookOutcome;
}
