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

    private const string InsertManySql = """
        insert into kernel.audit_events
            (id, occurred_at, actor_id, actor_kind, address, request_id, action, record_type, record_id, changes)
        select e.id, @OccurredAt, e.actor_id, e.actor_kind, @Address, @RequestId, e.action, e.record_type, e.record_id, e.changes::jsonb
        from unnest(@Ids, @ActorIds, @ActorKinds, @Actions, @RecordTypes, @RecordIds, @Changes)
            as e (id, actor_id, actor_kind, action, record_type, record_id, changes)
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
            Changes = Serialize(entry.Changes),
        };
        return transaction.Connection!.ExecuteAsync(
            new CommandDefinition(InsertSql, row, transaction, cancellationToken: cancellationToken));
    }

    public Task RecordManyAsync(IReadOnlyCollection<AuditEntry> entries, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }
        var now = clock.GetUtcNow();
        var rows = new
        {
            OccurredAt = now,
            actor.Address,
            actor.RequestId,
            Ids = entries.Select(_ => Guid.CreateVersion7(now)).ToArray(),
            ActorIds = entries.Select(e => e.ActorId ?? actor.ActorId).ToArray(),
            ActorKinds = entries.Select(e => e.ActorKind ?? actor.ActorKind).ToArray(),
            Actions = entries.Select(e => e.Action).ToArray(),
            RecordTypes = entries.Select(e => e.RecordType).ToArray(),
            RecordIds = entries.Select(e => e.RecordId).ToArray(),
            Changes = entries.Select(e => Serialize(e.Changes)).ToArray(),
        };
        return transaction.Connection!.ExecuteAsync(
            new CommandDefinition(InsertManySql, rows, transaction, cancellationToken: cancellationToken));
    }

    private static string? Serialize(object? changes) => changes is null ? null : JsonSerializer.Serialize(changes, JsonDefaults.Options);
}
