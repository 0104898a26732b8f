using System.Text.Json;
using Dapper;
using Npgsql;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.SharedKernel.Audit;

internal sealed class AuditTrail(ICurrentActor actor, TimeProvider clock) : IAuditTrail
{
    private const string InsertSql = """
        insert into kernel.audit_events
            (id, occurred_at, actor_id, actor_kind, address, request_id, action, record_type, record_id, changes)
        values
            (@Id, @OccurredAt, @ActorId, @ActorKind, @Address, @RequestId, @Action, @RecordType, @RecordId, @Changes::jsonb)
        """;

    public Task RecordAsync(AuditEntry entry, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = new
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            ActorId = entry.ActorId ?? actor.ActorId,
            ActorKind = entry.ActorKind ?? actor.ActorKind,
            actor.Address,
            actor.RequestId,
            entry.Action,
            entry.RecordType,
            entry.RecordId,
            Changes = entry.Changes is null ? null : JsonSerializer.Serialize(entry.Changes, JsonDefaults.Options),
        };
        return transaction.Connection!.ExecuteAsync(
            new CommandDefinition(InsertSql, row, transaction, cancellationToken: cancellationToken));
    }
}
