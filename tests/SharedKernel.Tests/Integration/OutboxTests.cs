using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WellPath.SharedKernel.Outbox;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class OutboxTests(KernelHost host)
{
    private IOutbox Outbox => host.Factory.Services.GetRequiredService<IOutbox>();

    private OutboxDispatcher Dispatcher => host.Factory.Services.GetRequiredService<OutboxDispatcher>();

    [Fact]
    public async Task An_event_written_in_a_rolled_back_transaction_is_never_delivered()
    {
        var @event = new SomethingHappened(Guid.NewGuid(), "rolled back");
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await Outbox.EnqueueAsync("kernel_tests", @event, transaction, CancellationToken.None);
            await transaction.RollbackAsync();
        }

        await Dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(0, await CountOutboxRowsAsync(@event.Id));
        Assert.Equal(0, await CountReceivedAsync(@event.Id));
    }

    [Fact]
    public async Task A_committed_event_is_delivered_once_even_when_dispatched_again()
    {
        var @event = new SomethingHappened(Guid.NewGuid(), "committed");
        await EnqueueCommittedAsync(@event);

        await Dispatcher.DispatchPendingAsync(CancellationToken.None);
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            // A node that died after delivering but before marking the message done leaves it pending.
            await connection.ExecuteAsync(
                "update kernel.outbox_messages set processed_at = null where payload->>'id' = @Id",
                new { Id = @event.Id.ToString() });
        }
        await Dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(1, await CountReceivedAsync(@event.Id));
    }

    [Fact]
    public async Task A_committed_event_is_delivered_once_across_a_host_restart()
    {
        var @event = new SomethingHappened(Guid.NewGuid(), "survives restart");
        await using (var stopped = host.CreateFactory(new Dictionary<string, string?> { ["WELLPATH_JOBS"] = "false" }))
        {
            var outbox = stopped.Services.GetRequiredService<IOutbox>();
            await using var connection = await host.DataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await outbox.EnqueueAsync("kernel_tests", @event, transaction, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using (var restarted = host.CreateFactory(new Dictionary<string, string?> { ["WELLPATH_NODE_ID"] = "restarted" }))
        {
            _ = restarted.Server;
            await WaitUntilAsync(async () => await CountReceivedAsync(@event.Id) > 0, TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(2.5));
        }

        Assert.Equal(1, await CountReceivedAsync(@event.Id));
        await using var check = await host.DataSource.OpenConnectionAsync();
        Assert.True(await check.ExecuteScalarAsync<bool>(
            "select processed_at is not null from kernel.outbox_messages where payload->>'id' = @Id",
            new { Id = @event.Id.ToString() }));
    }

    [Fact]
    public async Task A_failing_handler_leaves_the_event_pending_with_the_error_and_a_later_attempt()
    {
        var @event = new SomethingHappened(Guid.NewGuid(), "fail");
        await EnqueueCommittedAsync(@event);

        await Dispatcher.DispatchPendingAsync(CancellationToken.None);

        await using var connection = await host.DataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(int Attempts, string LastError, bool Pending, bool Later)>(
            """
            select attempts, last_error, processed_at is null, next_attempt_at > now()
            from kernel.outbox_messages where payload->>'id' = @Id
            """,
            new { Id = @event.Id.ToString() });
        Assert.Equal(1, row.Attempts);
        Assert.Contains("refused this event", row.LastError);
        Assert.True(row.Pending);
        Assert.True(row.Later);
        Assert.Equal(0, await CountReceivedAsync(@event.Id));
    }

    private async Task EnqueueCommittedAsync(SomethingHappened @event)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await Outbox.EnqueueAsync("kernel_tests", @event, transaction, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private async Task<int> CountReceivedAsync(Guid eventId)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("select count(*) from public.received_events where event_id = @eventId", new { eventId });
    }

    private async Task<int> CountOutboxRowsAsync(Guid eventId)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.outbox_messages where payload->>'id' = @Id", new { Id = eventId.ToString() });
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met within {timeout}.");
            }
            await Task.Delay(200);
        }
    }
}
