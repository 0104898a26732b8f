using System.Text.Json;
using Dapper;
using Npgsql;
using WellPath.SharedKernel.Data;
using WellPath.SharedKernel.Web;

namespace WellPath.SharedKernel.Outbox;

internal sealed class OutboxWriter(TimeProvider clock) : IOutbox
{
    // One insert for any number of events, alone or as a part of a larger statement: the parameters are arrays.
    private const string InsertSql = """
        insert into kernel.outbox_messages (id, module, event_type, payload, occurred_at, next_attempt_at)
        select e.id, @OutboxModule, e.event_type, e.payload::jsonb, @OutboxOccurredAt, @OutboxOccurredAt
        from unnest(@OutboxIds::uuid[], @OutboxEventTypes::text[], @OutboxPayloads::text[]) as e(id, event_type, payload)
        """;

    public Task EnqueueAsync<TEvent>(string module, TEvent @event, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        where TEvent : notnull =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(InsertSql, Rows(module, [@event]), transaction, cancellationToken: cancellationToken));

    public void AddTo(ChangeStatement change, string module, params object[] events) => change.Add("outbox", InsertSql, Rows(module, events));

    private object Rows(string module, IReadOnlyList<object> events)
    {
        var now = clock.GetUtcNow();
        return new
        {
            OutboxModule = module,
            OutboxOccurredAt = now,
            // Version 7 ids sort by their millisecond: one apart each, they keep the rows' order (a timeline reads them so).
            OutboxIds = events.Select((_, i) => Guid.CreateVersion7(now.AddMilliseconds(i))).ToArray(),
            OutboxEventTypes = events.Select(e => EventTypeRegistry.NameOf(e.GetType())).ToArray(),
            OutboxPayloads = events.Select(e => JsonSerializer.Serialize(e, JsonDefaults.Options)).ToArray(),
        };
    }
}
