using Npgsql;
using WellPath.Appointments.Contracts;
using WellPath.Availability.Contracts;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Data;
using WellPath.SharedKernel.Outbox;

namespace WellPath.Appointments.Shared;

/// <summary>
/// An appointment on its way into the table, by booking or by reschedule: its insert as a part of a
/// <see cref="SharedKernel.Data.ChangeStatement"/>, and what the answer and the events say about it.
/// </summary>
internal sealed record NewAppointment(
    Guid Id, string Reference, string Status, Guid ServiceId, Guid LocationId, BookedService Service, BookableSlot Slot, Guid CustomerId,
    string Source, string? Notes, string PaymentStatus, Guid? RescheduledFromId, string? OverrideReason, DateTimeOffset Now)
{
    private const string Insert = """
        insert into appointments.appointments
            (id, reference, status, service_id, location_id, time_zone, practitioner_id, room_id, customer_id, start_at, end_at, blocked, source, notes,
             payment_status, cancellation_window_hours, rescheduled_from_id, override_reason, created_at, updated_at)
        select @Id, @Reference, @Status, @ServiceId, @LocationId, @TimeZone, @PractitionerId, @RoomId, @CustomerId, @Start, @End,
               tstzrange(@BlockedStart, @BlockedEnd, '[)'), @Source, @Notes, @PaymentStatus, @CancellationWindowHours, @RescheduledFromId, @OverrideReason, @Now, @Now
        """;

    /// <summary>The part <c>appointment</c> of a booking.</summary>
    public const string InsertSql = Insert + "\nreturning id";

    /// <summary>
    /// The part <c>appointment</c> of a reschedule, one row for each row of the part <c>moved</c>: reading from it makes the
    /// old appointment stop blocking before the new one's exclusion constraints are checked, so it may overlap its old time.
    /// </summary>
    public const string InsertAfterMovedSql = Insert + "\nfrom moved\nreturning id";

    public const string NoPayment = "not_required";

    public static NewAppointment Create(
        Guid serviceId, Guid locationId, BookedService service, BookableSlot slot, Guid customerId, string status, string source, string? notes,
        string paymentStatus, Guid? rescheduledFromId, string? overrideReason, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), References.New(), status, serviceId, locationId, service, slot, customerId, source, notes, paymentStatus,
            rescheduledFromId, overrideReason?.Trim(), now);

    public object Parameters => new
    {
        Id, Reference, Status, ServiceId, LocationId, TimeZone = Service.TimeZoneId, Slot.PractitionerId, Slot.RoomId, CustomerId,
        Start = Slot.Start.ToUniversalTime(),
        End = Slot.End.ToUniversalTime(),
        BlockedStart = Slot.Start.AddMinutes(-Service.BufferBeforeMinutes).ToUniversalTime(),
        BlockedEnd = Slot.End.AddMinutes(Service.BufferAfterMinutes).ToUniversalTime(),
        Source, Notes, PaymentStatus, Service.CancellationWindowHours, RescheduledFromId, OverrideReason, Now,
    };

    /// <summary>A booking's statement: the appointment, its <c>booked</c> audit entry by <paramref name="caller"/> and its event.</summary>
    public ChangeStatement Booking(CallerScope caller, IAuditTrail audit, IOutbox outbox)
    {
        var change = new ChangeStatement().Add("appointment", InsertSql, Parameters);
        audit.AddTo(change, AppointmentTrail.Entry("booked", Id, caller, new { after = ToResponse(), overrideReason = OverrideReason }));
        outbox.AddTo(change, AppointmentTrail.Module, Booked());
        return change;
    }

    public AppointmentResponse ToResponse() => new(
        Id, Reference, Status, ServiceId, LocationId, Slot.PractitionerId, Slot.RoomId,
        AppointmentResponse.Format(Slot.Start, Service.TimeZoneId), AppointmentResponse.Format(Slot.End, Service.TimeZoneId),
        CustomerId, Source, PaymentStatus, RescheduledFromId, null);

    public AppointmentBooked Booked() =>
        new(Id, Reference, Status, ServiceId, LocationId, Slot.PractitionerId, Slot.RoomId, CustomerId, Slot.Start.ToUniversalTime(), Slot.End.ToUniversalTime(), 1);

    /// <summary>The database refused an overlap (rule 9), or two racing inserts deadlocked: either way the time is taken.</summary>
    public static bool IsTimeTaken(PostgresException ex) => ex.SqlState is PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.DeadlockDetected;

    public static bool IsReferenceClash(PostgresException ex) =>
        ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == "appointments_reference_key";
}
