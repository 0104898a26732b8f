using System.Text.Json;
using Dapper;
using Npgsql;
using WellPath.SharedKernel.Web;

namespace WellPath.SharedKernel.Outbox;

internal sealed class OutboxWriter(TimeProvider clock) : IOutbox
{
    private const string InsertSql = """
        insert into kernel.outbox_messages (id, module, event_type, payload, occurred_at, next_attempt_at)
        values (@Id, @Module, @EventType, @Payload::jsonb, @OccurredAt, @OccurredAt)
        """;

    public Task EnqueueAsync<TEvent>(string module, TEvent @event, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        where TEvent : notnull
    {
        var now = clock.GetUtcNow();
        var row = new
        {
            Id = Guid.CreateVersion7(now),
            Module = module,
            EventType = EventTypeRegistry.NameOf(@event.GetType()),
            Payload = JsonSerializer.Serialize<object>(@event, JsonDefaults.Options),
            OccurredAt = now,
        };
        return transaction.Connection!.ExecuteAsync(new CommandDefinition(InsertSql, row, transaction, cancellationToken: cancellationToken));
    }
}
