using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Data;
using WellPath.SharedKernel.Outbox;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class ChangeStatementTests(KernelHost host)
{
    private const string ThingSql = "select @ThingId::uuid as id";

    [Fact]
    public async Task A_change_its_audit_entries_and_its_events_go_in_one_statement_in_their_order()
    {
        var recordId = Guid.NewGuid().ToString();
        var events = new[] { new SomethingHappened(Guid.NewGuid(), "first"), new SomethingHappened(Guid.NewGuid(), "second") };

        await RunAsync(recordId, events, "select count(*)::int from thing");

        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(["thing.made", "thing.named"], await connection.QueryAsync<string>(
            "select action from kernel.audit_events where record_id = @recordId order by occurred_at, id", new { recordId }));
        Assert.Equal(["first", "second"], await connection.QueryAsync<string>(
            "select payload->>'note' from kernel.outbox_messages where payload->>'id' = any(@Ids) order by occurred_at, id",
            new { Ids = events.Select(e => e.Id.ToString()).ToArray() }));
    }

    [Fact]
    public async Task A_statement_that_fails_writes_none_of_its_audit_entries_or_events()
    {
        var recordId = Guid.NewGuid().ToString();
        var @event = new SomethingHappened(Guid.NewGuid(), "never");

        await Assert.ThrowsAsync<PostgresException>(() => RunAsync(recordId, [@event], "select 1 / (count(*) - 1)::int from thing"));

        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from kernel.audit_events where record_id = @recordId", new { recordId }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from kernel.outbox_messages where payload->>'id' = @Id", new { Id = @event.Id.ToString() }));
    }

    [Fact]
    public void A_part_name_is_used_once()
    {
        var change = new ChangeStatement().Add("thing", ThingSql);

        Assert.Throws<InvalidOperationException>(() => change.Add("thing", ThingSql));
    }

    private async Task RunAsync(string recordId, SomethingHappened[] events, string finalSql)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var change = new ChangeStatement().Add("thing", ThingSql, new { ThingId = Guid.NewGuid() });
        scope.ServiceProvider.GetRequiredService<IAuditTrail>().AddTo(
            change, new AuditEntry("thing.made", "thing", recordId), new AuditEntry("thing.named", "thing", recordId, new { after = "Name" }));
        scope.ServiceProvider.GetRequiredService<IOutbox>().AddTo(change, "kernel_tests", [.. events]);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await change.ExecuteScalarAsync<int>(connection, finalSql, null, CancellationToken.None);
    }
}
