using System.Text.Json;
using Dapper;
using Npgsql;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Data;
using WellPath.SharedKernel.Web;

namespace WellPath.SharedKernel.Audit;

internal sealed class AuditTrail(ICurrentActor actor, TimeProvider clock) : IAuditTrail
{
    private const string Into = "insert into kernel.audit_events (id, occurred_at, actor_id, actor_kind, address, request_id, action, record_type, record_id, changes)";

    // One entry, the common case, as plain values: measured cheaper to send and to plan than arrays.
    private const string OneSql = Into + """

        values (@AuditId, @AuditOccurredAt, @AuditActorId, @AuditActorKind, @AuditAddress, @AuditRequestId, @AuditAction, @AuditRecordType, @AuditRecordId, @AuditChanges::jsonb)
        """;

    private const string ManySql = Into + """

        select e.id, @AuditOccurredAt, e.actor_id, e.actor_kind, @AuditAddress, @AuditRequestId, e.action, e.record_type, e.record_id, e.changes::jsonb
        from unnest(@AuditIds::uuid[], @AuditActorIds::text[], @AuditActorKinds::text[], @AuditActions::text[],
                    @AuditRecordTypes::text[], @AuditRecordIds::text[], @AuditChanges::text[])
             as e(id, actor_id, actor_kind, action, record_type, record_id, changes)
        """;

    public Task RecordAsync(AuditEntry entry, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(OneSql, One(entry), transaction, cancellationToken: cancellationToken));

    public void AddTo(ChangeStatement change, params AuditEntry[] entries) =>
        change.Add("audit", entries.Length == 1 ? OneSql : ManySql, entries.Length == 1 ? One(entries[0]) : Many(entries));

    private object One(AuditEntry entry)
    {
        var now = clock.GetUtcNow();
        return new
        {
            AuditId = Guid.CreateVersion7(now),
            AuditOccurredAt = now,
            AuditActorId = entry.ActorId ?? actor.ActorId,
            AuditActorKind = entry.ActorKind ?? actor.ActorKind,
            AuditAddress = actor.Address,
            AuditRequestId = actor.RequestId,
            AuditAction = entry.Action,
            AuditRecordType = entry.RecordType,
            AuditRecordId = entry.RecordId,
            AuditChanges = Serialize(entry),
        };
    }

    private object Many(IReadOnlyList<AuditEntry> entries)
    {
        var now = clock.GetUtcNow();
        return new
        {
            AuditOccurredAt = now,
            AuditAddress = actor.Address,
            AuditRequestId = actor.RequestId,
            // Version 7 ids sort by their millisecond: one apart each, they keep the entries' order (a timeline reads them so).
            AuditIds = entries.Select((_, i) => Guid.CreateVersion7(now.AddMilliseconds(i))).ToArray(),
            AuditActorIds = entries.Select(e => e.ActorId ?? actor.ActorId).ToArray(),
            AuditActorKinds = entries.Select(e => e.ActorKind ?? actor.ActorKind).ToArray(),
            AuditActions = entries.Select(e => e.Action).ToArray(),
            AuditRecordTypes = entries.Select(e => e.RecordType).ToArray(),
            AuditRecordIds = entries.Select(e => e.RecordId).ToArray(),
            AuditChanges = entries.Select(Serialize).ToArray(),
        };
    }

    public Task RecordManyAsync(IReadOnlyCollection<AuditEntry> entries, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        entries.Count == 0
            ? Task.CompletedTask
            : transaction.Connection!.ExecuteAsync(new CommandDefinition(ManySql, Many([.. entries]), transaction, cancellationToken: cancellationToken));

    private static string? Serialize(AuditEntry entry) => entry.Changes is null ? null : JsonSerializer.Serialize(entry.Changes, JsonDefaults.Options);
}
