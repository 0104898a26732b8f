using Dapper;
using Npgsql;
using WellPath.Appointments.Contracts;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Outbox;

namespace WellPath.Appointments.ChangeStatus;

/// <summary>
/// A status change as it is written, by the desk's actions and by the demo data alike: the row, its audit entry, and the
/// status event (with the confirmed or cancelled event for those two).
/// </summary>
internal static class StatusChangeWriter
{
    // The status in the where clause makes two concurrent changes take turns: the second finds the status moved on.
    private const string UpdateSql = """
        update appointments.appointments
        set status = @To, version = version + 1, updated_at = @Now, cancel_reason = @CancelReason, late_cancellation = @Late
        where id = @Id and status = @From
        """;

    /// <summary>False when the appointment was no longer in <see cref="StatusChange.From"/>: nothing is written.</summary>
    public static async Task<bool> WriteAsync(
        StatusChange change, CallerScope caller, IAuditTrail audit, IOutbox outbox, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var (id, from, version, action, cancelReason, late, note, now) = change;
        var changed = await transaction.Connection!.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            Id = id, action.To, From = from, Now = now, CancelReason = cancelReason, Late = late,
        }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return false;
        }

        await audit.RecordAsync(AppointmentTrail.Entry(action.Name, id, caller, new
        {
            before = new { status = from },
            after = new { status = action.To, cancelReason, late, note },
        }), transaction, cancellationToken);
        var next = version + 1;
        await outbox.EnqueueAsync(AppointmentTrail.Module, new AppointmentStatusChanged(id, from, action.To, cancelReason, late, now, next), transaction, cancellationToken);
        object? specific = action.To switch
        {
            "cancelled" => new AppointmentCancelled(id, from, cancelReason, late, now, next),
            "confirmed" => new AppointmentConfirmed(id, now, next),
            _ => null,
        };
        if (specific is not null)
        {
            await outbox.EnqueueAsync(AppointmentTrail.Module, specific, transaction, cancellationToken);
        }
        return true;
    }
}

/// <summary>Moves the appointment at <paramref name="Version"/> from <paramref name="From"/> by <paramref name="Action"/>.</summary>
internal sealed record StatusChange(
    Guid Id, string From, int Version, StatusActions.Action Action, string? CancelReason, bool Late, string? Note, DateTimeOffset Now);
