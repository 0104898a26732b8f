using Npgsql;
using WellPath.Appointments.BookAppointment;
using WellPath.Appointments.ChangeStatus;
using WellPath.Appointments.Contracts;
using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Data;
using WellPath.SharedKernel.Outbox;

namespace WellPath.Appointments.RescheduleAppointment;

/// <summary>
/// Moves a confirmed appointment: the old one becomes <c>rescheduled</c> and a new one, linked both ways, takes the new
/// time for the same customer, service, location and source, in one statement with both audit entries and the event.
/// The slot check looks past the old appointment's own time, so a move may overlap where it was.
/// </summary>
internal sealed class RescheduleAppointmentHandler(NpgsqlDataSource dataSource, ISlotChecker slots, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
{
    // A part of the statement: @Id and @Now are the new appointment's. The status in the where clause makes two moves
    // of one appointment take turns: the second finds nothing to move, and so inserts nothing.
    private const string MoveSql = """
        update appointments.appointments
        set status = 'rescheduled', rescheduled_to_id = @Id, version = version + 1, updated_at = @Now
        where id = @PreviousId and status = 'confirmed'
        returning id
        """;

    /// <summary>
    /// Staff at the appointment's location (not practitioners or operations) and the customer whose appointment it is may
    /// move it; <paramref name="request"/>'s override needs an admin or the location's clinic manager.
    /// </summary>
    public async Task<RescheduleOutcome> HandleAsync(Guid id, RescheduleAppointmentRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        var old = await FindAsync(id, caller, cancellationToken);
        if (old is null)
        {
            return new RescheduleOutcome.NotFound();
        }
        if (caller.Role is null || !StatusActions.Reschedule.Roles.Contains(caller.Role))
        {
            return new RescheduleOutcome.Forbidden("Your role may not reschedule appointments.");
        }
        if (request.Override is not null && !Overrides.Allowed(caller, old.LocationId))
        {
            return new RescheduleOutcome.Forbidden(Overrides.ForbiddenDetail);
        }
        if (!StatusActions.Reschedule.From.Contains(old.Status))
        {
            return new RescheduleOutcome.NotAllowed(old.Status, StatusActions.AllowedFrom(old.Status));
        }

        BookAppointmentValidator.TryStart(request.Start, out var start);
        var slotRequest = new SlotCheckRequest(old.ServiceId, old.LocationId, start, request.PractitionerId ?? old.PractitionerId, caller.IsStaff)
        {
            Override = request.Override is not null,
            IgnoreAppointmentId = old.Id,
        };
        var check = await slots.CheckAsync(slotRequest, cancellationToken);
        if (check.Service is { } service && check.Candidates.Count > 0
            && await TryMoveAsync(old, service, check.Candidates[0], request.Override?.Reason, caller, cancellationToken) is { } outcome)
        {
            return outcome;
        }
        var detail = check.Service is null ? "This appointment's service can no longer be booked at this location." : AppointmentProblems.TakenDetail;
        return new RescheduleOutcome.Taken(detail, caller.IsStaff ? await slots.ExplainAsync(slotRequest, cancellationToken) : []);
    }

    private async Task<AppointmentRow?> FindAsync(Guid id, CallerScope caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ScopedAppointments.FindAsync(connection, id, caller, null, cancellationToken);
    }

    /// <summary>Null when the database refused the time (taken since the check).</summary>
    private async Task<RescheduleOutcome?> TryMoveAsync(
        AppointmentRow old, BookedService service, BookableSlot slot, string? overrideReason, CallerScope caller, CancellationToken cancellationToken)
    {
        // An approval-required service moved by its customer waits for approval again; staff moves stay confirmed.
        var status = caller.Role == Roles.Customer && service.RequiresApproval ? "requested" : "confirmed";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var appointment = NewAppointment.Create(
                old.ServiceId, old.LocationId, service, slot, old.CustomerId, status, old.Source, old.Notes, old.PaymentStatus, old.Id, overrideReason, clock.GetUtcNow());
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                if (await Move(old, appointment, caller).ExecuteScalarAsync<int>(connection, "select count(*)::int from appointment", transaction, cancellationToken) == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    var now = await ScopedAppointments.FindAsync(connection, old.Id, caller, null, cancellationToken);
                    return new RescheduleOutcome.NotAllowed(now?.Status ?? old.Status, StatusActions.AllowedFrom(now?.Status ?? old.Status));
                }
                await transaction.CommitAsync(cancellationToken);
                return new RescheduleOutcome.Rescheduled(appointment.ToResponse());
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

    private ChangeStatement Move(AppointmentRow old, NewAppointment appointment, CallerScope caller)
    {
        var change = new ChangeStatement()
            .Add("moved", MoveSql, new { PreviousId = old.Id })
            .Add("appointment", NewAppointment.InsertAfterMovedSql, appointment.Parameters);
        var moved = appointment.ToResponse();
        audit.AddTo(
            change,
            AppointmentTrail.Entry("rescheduled", old.Id, caller, new
            {
                before = new { status = old.Status, start = Format(old.Start, old), end = Format(old.End, old), old.PractitionerId, old.RoomId },
                after = new { status = "rescheduled", rescheduledToId = moved.Id, moved.Reference, moved.Start, moved.End, moved.PractitionerId, moved.RoomId },
                overrideReason = appointment.OverrideReason,
            }),
            AppointmentTrail.Entry("booked", moved.Id, caller, new
            {
                after = moved,
                rescheduledFrom = new { old.Id, old.Reference, start = Format(old.Start, old), end = Format(old.End, old) },
                overrideReason = appointment.OverrideReason,
            }));
        var slot = appointment.Slot;
        outbox.AddTo(change, AppointmentTrail.Module, new AppointmentRescheduled(
            old.Id, moved.Id, moved.Reference, moved.Status, old.ServiceId, old.LocationId, slot.PractitionerId, slot.RoomId, old.CustomerId,
            old.Start, old.End, slot.Start.ToUniversalTime(), slot.End.ToUniversalTime(), appointment.OverrideReason, 1));
        return change;
    }

    private static string Format(DateTimeOffset instant, AppointmentRow row) => AppointmentResponse.Format(instant, row.TimeZone);
}

internal abstract record RescheduleOutcome
{
    public sealed record Rescheduled(AppointmentResponse Appointment) : RescheduleOutcome;

    /// <summary><see cref="Obstacles"/> say why, for staff; empty for others.</summary>
    public sealed record Taken(string Detail, IReadOnlyList<SlotObstacle> Obstacles) : RescheduleOutcome;

    public sealed record NotAllowed(string Status, string[] Allowed) : RescheduleOutcome;

    public sealed record Forbidden(string Detail) : RescheduleOutcome;

    public sealed record NotFound : RescheduleOutcome;
}
