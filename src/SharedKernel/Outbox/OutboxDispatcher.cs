using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using WellPath.SharedKernel.Web;

namespace WellPath.SharedKernel.Outbox;

/// <summary>
/// Delivers committed outbox messages to every subscribed handler, at least once. Each handler's delivery is
/// recorded in <c>kernel.inbox_deliveries</c> inside the handler's own transaction, so a re-run skips it.
/// </summary>
internal sealed partial class OutboxDispatcher(
    NpgsqlDataSource dataSource,
    EventTypeRegistry registry,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 50;

    private const string ClaimSql = """
        select id, event_type, payload::text as payload, occurred_at, attempts
        from kernel.outbox_messages
        where processed_at is null and next_attempt_at <= @Now
        order by occurred_at, id
        limit @BatchSize
        for no key update skip locked
        """;

    private const string MarkProcessedSql = "update kernel.outbox_messages set processed_at = @Now, last_error = null where id = @Id";

    private const string MarkFailedSql = """
        update kernel.outbox_messages
        set attempts = attempts + 1, last_error = @Error, next_attempt_at = @NextAttemptAt
        where id = @Id
        """;

    private const string RecordDeliverySql = """
        insert into kernel.inbox_deliveries (message_id, handler, delivered_at)
        values (@MessageId, @Handler, @Now)
        on conflict do nothing
        """;

    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var claim = await connection.BeginTransactionAsync(cancellationToken);
        var messages = (await connection.QueryAsync<OutboxMessage>(new CommandDefinition(
            ClaimSql, new { Now = clock.GetUtcNow(), BatchSize }, claim, cancellationToken: cancellationToken))).ToList();

        foreach (var message in messages)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    MarkProcessedSql, new { Now = clock.GetUtcNow(), message.Id }, claim, cancellationToken: cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDeliveryFailed(message.Id, message.EventType, message.Attempts + 1, ex);
                var nextAttemptAt = clock.GetUtcNow() + RetryDelay(message.Attempts + 1);
                await connection.ExecuteAsync(new CommandDefinition(
                    MarkFailedSql,
                    new { message.Id, Error = $"{ex.GetType().Name}: {ex.Message}", NextAttemptAt = nextAttemptAt },
                    claim,
                    cancellationToken: cancellationToken));
            }
        }

        await claim.CommitAsync(cancellationToken);
        return messages.Count;
    }

    internal static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Min(attempts, 12))));

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = registry.Find(message.EventType);
        if (eventType is null)
        {
            return;
        }

        var @event = JsonSerializer.Deserialize(message.Payload, eventType, JsonDefaults.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
        await using var scope = scopes.CreateAsyncScope();
        var handlerType = typeof(IEventHandler<>).MakeGenericType(eventType);
        foreach (var handler in scope.ServiceProvider.GetServices(handlerType))
        {
            await DeliverToHandlerAsync(message, @event, handler!, cancellationToken);
        }
    }

    private async Task DeliverToHandlerAsync(OutboxMessage message, object @event, object handler, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var firstDelivery = await connection.ExecuteAsync(new CommandDefinition(
            RecordDeliverySql,
            new { MessageId = message.Id, Handler = handler.GetType().FullName, Now = clock.GetUtcNow() },
            transaction,
            cancellationToken: cancellationToken));
        if (firstDelivery == 0)
        {
            return;
        }

        var context = new EventContext(message.Id, new DateTimeOffset(message.OccurredAt, TimeSpan.Zero), connection, transaction);
        await HandlerInvoker.For(@event.GetType())(handler, @event, context, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed record OutboxMessage(Guid Id, string EventType, string Payload, DateTime OccurredAt, int Attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({EventType}) failed on attempt {Attempt}; it will be retried")]
    private partial void LogDeliveryFailed(Guid messageId, string eventType, int attempt, Exception exception);
}
