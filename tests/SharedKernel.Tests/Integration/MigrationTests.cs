using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WellPath.Host.Composition;
using WellPath.Host.Migrations;
using WellPath.SharedKernel.Data;
using WellPath.TestSupport;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class MigrationTests(KernelHost host)
{
    [Fact]
    public async Task Start_up_journals_every_kernel_and_quartz_script_once()
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();

        var journal = (await connection.QueryAsync<string>("select scriptname from public.schema_versions")).ToList();

        Assert.Contains("kernel/0001_audit_trail.sql", journal);
        Assert.Contains("quartz/0001_quartz_tables.sql", journal);
        Assert.Equal(journal.Count, journal.Distinct().Count());
    }

    [Fact]
    public async Task Migrating_again_applies_nothing()
    {
        var migrator = new DatabaseMigrator(new DatabaseOptions(host.Database.ConnectionString), new ModuleCatalog([]), NullLogger<DatabaseMigrator>.Instance);

        var outcome = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(0, outcome.ScriptsApplied);
        Assert.False(outcome.FreshDatabase);
    }

    [Fact]
    public async Task A_failed_migration_stops_with_a_message_naming_the_script_and_keeps_what_came_before()
    {
        await using var database = await TestDatabase.CreateAsync("broken");
        var migrator = new DatabaseMigrator(new DatabaseOptions(database.ConnectionString), new ModuleCatalog([new BrokenModule()]), NullLogger<DatabaseMigrator>.Instance);

        var error = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync(CancellationToken.None));

        Assert.Contains("broken_test/0001_broken_script.sql", error.Message);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        var journal = (await connection.QueryAsync<string>("select scriptname from public.schema_versions")).ToList();
        Assert.Contains("kernel/0001_audit_trail.sql", journal);
        Assert.DoesNotContain("broken_test/0001_broken_script.sql", journal);
        Assert.False(await connection.ExecuteScalarAsync<bool>("select to_regclass('broken_test.t') is not null"));
    }
}
