using Dapper;
using WellPath.SharedKernel.Outbox;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class ClusteredJobTests(KernelHost host)
{
    [Fact]
    public async Task Two_host_instances_on_one_database_run_each_scheduled_firing_once()
    {
        var since = DateTimeOffset.UtcNow;
        await using var nodeA = host.CreateFactory(new Dictionary<string, string?> { ["WELLPATH_NODE_ID"] = "node-a" });
        await using var nodeB = host.CreateFactory(new Dictionary<string, string?> { ["WELLPATH_NODE_ID"] = "node-b" });
        _ = nodeA.Server;
        _ = nodeB.Server;

        await OutboxTests.WaitUntilAsync(async () => await CountRunsAsync(since) >= 8, TimeSpan.FromSeconds(45));

        await using var connection = await host.DataSource.OpenConnectionAsync();
        var runs = (await connection.QueryAsync<(DateTime ScheduledFireTime, string Node)>(
            """
            select scheduled_fire_time, node from kernel.job_runs
            where job_name = @Job and fired_at >= @since and node in ('node-a', 'node-b')
            """,
            new { Job = $"DEFAULT.{OutboxDeliveryJob.Name}", since })).ToList();
        Assert.True(runs.Count >= 8);
        Assert.Equal(runs.Count, runs.Select(r => r.ScheduledFireTime).Distinct().Count());
    }

    private async Task<int> CountRunsAsync(DateTimeOffset since)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.job_runs where fired_at >= @since and node in ('node-a', 'node-b')", new { since });
    }
}
