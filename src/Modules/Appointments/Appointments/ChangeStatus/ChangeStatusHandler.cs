using Npgsql;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Outbox;

namespace WellPath.Appointments.ChangeStatus;

internal sealed class ChangeStatusHandler(NpgsqlDataSource dataSource, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
{
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
        var change = new StatusChange(id, appointment.Status, appointment.Version, action, cancelReason, late, note, now);
        if (!await StatusChangeWriter.WriteAsync(change, caller, audit, outbox, transaction, cancellationToken))
        {
            return new StatusOutcome.NotAllowed(appointment.Status, []);
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
