using System.Text.Json;
using Dapper;
using Npgsql;
using WellPath.SharedKernel.Data;
using WellPath.SharedKernel.Web;

namespace WellPath.SharedKernel.Outbox;

internal sealed class OutboxWriter(TimeProvider clock) : IOutbox
{
    private const string Into = "insert into kernel.outbox_messages (id, module, event_type, payload, occurred_at, next_attempt_at)";

    // One event, the common case, as plain values: measured cheaper to send and to plan than arrays.
    private const string OneSql = Into + """

        values (@OutboxId, @OutboxModule, @OutboxEventType, @OutboxPayload::jsonb, @OutboxOccurredAt, @OutboxOccurredAt)
        """;

    private const string ManySql = Into + """

        select e.id, @OutboxModule, e.event_type, e.payload::jsonb, @OutboxOccurredAt, @OutboxOccurredAt
        from unnest(@OutboxIds::uuid[], @OutboxEventTypes::text[], @OutboxPayloads::text[]) as e(id, event_type, payload)
        """;

    public Task EnqueueAsync<TEvent>(string module, TEvent @event, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        where TEvent : notnull =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(OneSql, One(module, @event), transaction, cancellationToken: cancellationToken));

    public void AddTo(ChangeStatement change, string module, params object[] events) =>
        change.Add("outbox", events.Length == 1 ? OneSql : ManySql, events.Length == 1 ? One(module, events[0]) : Many(module, events));

    private object One(string module, object @event)
    {
        var now = clock.GetUtcNow();
        return new
        {
            OutboxId = Guid.CreateVersion7(now),
            OutboxModule = module,
            OutboxEventType = EventTypeRegistry.NameOf(@event.GetType()),
            OutboxPayload = JsonSerializer.Serialize(@event, JsonDefaults.Options),
            OutboxOccurredAt = now,
        };
    }

    private object Many(string module, IReadOnlyList<object> events)
    {
        var now = clock.GetUtcNow();
        return new
        {
            OutboxModule = module,
            OutboxOccurredAt = now,
            // Version 7 ids sort by their millisecond: one apart each, they keep the events' order (delivery reads them so).
            OutboxIds = events.Select((_, i) => Guid.CreateVersion7(now.AddMilliseconds(i))).ToArray(),
            OutboxEventTypes = events.Select(e => EventTypeRegistry.NameOf(e.GetType())).ToArray(),
            OutboxPayloads = events.Select(e => JsonSerializer.Serialize(e, JsonDefaults.Options)).ToArray(),
        };
    }
}
