using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WellPath.SharedKernel.Audit;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class AuditTrailBatchTests(KernelHost host)
{
    [Fact]
    public async Task Several_entries_are_recorded_in_one_go_each_with_its_own_record_actor_and_changes()
    {
        var first = Guid.NewGuid().ToString();
        var second = Guid.NewGuid().ToString();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            await trail.RecordManyAsync(
            [
                new AuditEntry("thing.viewed", "thing", first, new { query = "abc" }),
                new AuditEntry("thing.viewed", "thing", second) { ActorId = "someone", ActorKind = "staff" },
            ], transaction, CancellationToken.None);
            await trail.RecordManyAsync([], transaction, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var check = await host.DataSource.OpenConnectionAsync();
        var rows = (await check.QueryAsync<(string RecordId, string ActorId, string? Changes)>(
            "select record_id, actor_id, changes::text from kernel.audit_events where record_id in (@first, @second)", new { first, second }))
            .ToDictionary(r => r.RecordId);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("system", "{\"query\": \"abc\"}"), (rows[first].ActorId, rows[first].Changes));
        Assert.Equal(("someone", (string?)null), (rows[second].ActorId, rows[second].Changes));
    }
}
