using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.SharedKernel.Audit;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class AuditTrailTests(KernelHost host)
{
    [Fact]
    public async Task An_audit_entry_records_who_what_which_record_and_what_changed()
    {
        var recordId = Guid.NewGuid().ToString();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            await trail.RecordAsync(new AuditEntry("thing.renamed", "thing", recordId, new { before = "Old", after = "New" }), transaction, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var check = await host.DataSource.OpenConnectionAsync();
        var row = await check.QuerySingleAsync<(string ActorId, string Action, string Changes)>(
            "select actor_id, action, changes::text from kernel.audit_events where record_id = @recordId", new { recordId });
        Assert.Equal("system", row.ActorId);
        Assert.Equal("thing.renamed", row.Action);
        Assert.Contains("\"after\": \"New\"", row.Changes);
    }

    [Theory]
    [InlineData("update kernel.audit_events set action = 'tampered'")]
    [InlineData("delete from kernel.audit_events")]
    [InlineData("truncate kernel.audit_events")]
    public async Task The_audit_trail_refuses_changes_and_deletions(string sql)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(sql));

        Assert.Contains("append-only", error.MessageText);
    }
}
