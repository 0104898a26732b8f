using System.Text.Json;
using Dapper;
using Npgsql;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Data;
using WellPath.SharedKernel.Web;

namespace WellPath.SharedKernel.Audit;

internal sealed class AuditTrail(ICurrentActor actor, TimeProvider clock) : IAuditTrail
{
    // One insert for any number of entries, alone or as a part of a larger statement: the parameters are arrays.
    private const string InsertSql = """
        insert into kernel.audit_events
            (id, occurred_at, actor_id, actor_kind, address, request_id, action, record_type, record_id, changes)
        select e.id, @AuditOccurredAt, e.actor_id, e.actor_kind, @AuditAddress, @AuditRequestId, e.action, e.record_type, e.record_id, e.changes::jsonb
        from unnest(@AuditIds::uuid[], @AuditActorIds::text[], @AuditActorKinds::text[], @AuditActions::text[],
                    @AuditRecordTypes::text[], @AuditRecordIds::text[], @AuditChanges::text[])
             as e(id, actor_id, actor_kind, action, record_type, record_id, changes)
        """;

    public Task RecordAsync(AuditEntry entry, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(InsertSql, Rows([entry]), transaction, cancellationToken: cancellationToken));

    public void AddTo(ChangeStatement change, params AuditEntry[] entries) => change.Add("audit", InsertSql, Rows(entries));

    private object Rows(IReadOnlyList<AuditEntry> entries)
    {
        var now = clock.GetUtcNow();
        return new
        {
            AuditOccurredAt = now,
            AuditAddress = actor.Address,
            AuditRequestId = actor.RequestId,
            // Version 7 ids sort by their millisecond: one apart each, they keep the rows' order (a timeline reads them so).
            AuditIds = entries.Select((_, i) => Guid.CreateVersion7(now.AddMilliseconds(i))).ToArray(),
            AuditActorIds = entries.Select(e => e.ActorId ?? actor.ActorId).ToArray(),
            AuditActorKinds = entries.Select(e => e.ActorKind ?? actor.ActorKind).ToArray(),
            AuditActions = entries.Select(e => e.Action).ToArray(),
            AuditRecordTypes = entries.Select(e => e.RecordType).ToArray(),
            AuditRecordIds = entries.Select(e => e.RecordId).ToArray(),
            AuditChanges = entries.Select(e => e.Changes is null ? null : JsonSerializer.Serialize(e.Changes, JsonDefaults.Options)).ToArray(),
        };
    }
}
