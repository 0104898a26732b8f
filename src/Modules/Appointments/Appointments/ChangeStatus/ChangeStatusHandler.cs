using Dapper;
using Npgsql;
using WellPath.Appointments.Contracts;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Outbox;

namespace WellPath.Appointments.ChangeStatus;

internal sealed class ChangeStatusHandler(NpgsqlDataSource dataSource, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
{
    // The status in the where clause makes two concurrent changes take turns: the second finds the status moved on.
    private const string UpdateSql = """
        update appointments.appointments
        set status = @To, version = version + 1, updated_at = @Now, cancel_reason = @CancelReason, late_cancellation = @Late
        where id = @Id and status = @From
        """;

    public async Task<StatusOutcome> HandleAsync(Guid id, StatusActions.Action action, string? cancelReason, string? note, CallerScope caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var appointment = await ScopedAppointments.FindAsync(connection, id, caller, transaction, cancellationToken);
        if (appointment is null)
        {
            return new StatusOutcome.NotFound();
        }
        if (caller.Role is null || !action.Roles.Contains(caller.Role))
        {
            return new StatusOutcome.Forbidden();
        }
        if (!action.From.Contains(appointment.Status))
        {
            return new StatusOutcome.NotAllowed(appointment.Status, StatusActions.AllowedFrom(appointment.Status));
        }

        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(appointment.StartAt, TimeSpan.Zero);
        var late = action.To == "cancelled" && cancelReason is not null && now > start.AddHours(-appointment.CancellationWindowHours);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            Id = id, action.To, From = appointment.Status, Now = now, CancelReason = cancelReason, Late = late,
        }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new StatusOutcome.NotAllowed(appointment.Status, []);
        }

        await audit.RecordAsync(AppointmentTrail.Entry(action.Name, id, caller, new
        {
            before = new { status = appointment.Status },
            after = new { status = action.To, cancelReason, late, note },
        }), transaction, cancellationToken);
        var version = appointment.Version + 1;
        await outbox.EnqueueAsync(AppointmentTrail.Module, new AppointmentStatusChanged(id, appointment.Status, action.To, cancelReason, late, now, version), transaction, cancellationToken);
        object? specific = action.To switch
        {
            "cancelled" => new AppointmentCancelled(id, appointment.Status, cancelReason, late, now, version),
            "confirmed" => new AppointmentConfirmed(id, now, version),
            _ => null,
        };
        if (specific is not null)
        {
            await outbox.EnqueueAsync(AppointmentTrail.Module, specific, transaction, cancellationToken);
        }
        var updated = await AppointmentReader.LoadAsync(connection, id, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StatusOutcome.Changed(updated!.ToResponse());
    }
}

internal abstract record StatusOutcome
{
    public sealed record Changed(AppointmentResponse Appointment) : StatusOutcome;

    public sealed record NotFound : StatusOutcome;

    public sealed record Forbidden : StatusOutcome;

    public sealed record NotAllowed(string Status, string[] Allowed) : StatusOutcome;
}
