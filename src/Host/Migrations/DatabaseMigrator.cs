using DbUp;
using DbUp.Engine.Output;
using Npgsql;
using WellPath.Host.Composition;
using WellPath.SharedKernel.Data;

namespace WellPath.Host.Migrations;

/// <summary>
/// Runs every schema's pending scripts, in module order, one transaction per script, under an advisory lock
/// so hosts starting together migrate once. A failed script stops start-up and names itself.
/// </summary>
internal sealed partial class DatabaseMigrator(DatabaseOptions database, ModuleCatalog catalog, ILogger<DatabaseMigrator> logger)
{
    private const long MigrationLockKey = 0x57_65_6C_6C_50_61_74_68; // "WellPath"

    public async Task<MigrationOutcome> MigrateAsync(CancellationToken cancellationToken)
    {
        // Unpooled: a pooled connection would keep the session, and with it the lock, after disposal.
        var lockConnectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString;
        await using var lockConnection = new NpgsqlConnection(lockConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({MigrationLockKey})", lockConnection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            return await MigrateLockedAsync(lockConnection, cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"select pg_advisory_unlock({MigrationLockKey})", lockConnection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task<MigrationOutcome> MigrateLockedAsync(NpgsqlConnection lockConnection, CancellationToken cancellationToken)
    {
        var freshDatabase = !await JournalExistsAsync(lockConnection, cancellationToken);
        var scripts = ModuleScripts.Collect(ModuleScripts.Sources(catalog.Modules));
        var upgrader = DeployChanges.To
            .PostgresqlDatabase(database.ConnectionString)
            .WithScripts(scripts)
            .JournalToPostgresqlTable("public", "schema_versions")
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogTo(new MigrationLog(logger))
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            var script = result.ErrorScript?.Name ?? "(unknown script)";
            throw new MigrationFailedException(
                $"Database migration failed in script '{script}': {result.Error?.Message}. Nothing after it was applied; fix the script (or the database) and start again.",
                result.Error);
        }
        LogApplied(result.Scripts.Count(), DatabaseUrl.Redact(database.ConnectionString));
        return new MigrationOutcome(freshDatabase, result.Scripts.Count());
    }

    private static async Task<bool> JournalExistsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select to_regclass('public.schema_versions') is not null", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrations: {Count} script(s) applied to {Database}")]
    private partial void LogApplied(int count, string database);

    private sealed class MigrationLog(ILogger logger) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }

        public void LogDebug(string format, params object[] args) { }

        public void LogInformation(string format, params object[] args) => logger.LogDebug(format, args);

        public void LogWarning(string format, params object[] args) => logger.LogWarning(format, args);

        public void LogError(string format, params object[] args) => logger.LogError(format, args);

        public void LogError(Exception ex, string format, params object[] args) => logger.LogError(ex, format, args);
    }
}

internal sealed record MigrationOutcome(bool FreshDatabase, int ScriptsApplied);

internal sealed class MigrationFailedException(string message, Exception? inner) : Exception(message, inner);
