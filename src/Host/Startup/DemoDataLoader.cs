using Dapper;
using Npgsql;
using WellPath.SharedKernel.Modules;

namespace WellPath.Host.Startup;

/// <summary>
/// Loads every module's demo data into a database this host has just created, once: the database is marked
/// pending when first migrated, and loaded in the same transaction as the data.
/// </summary>
internal sealed partial class DemoDataLoader(NpgsqlDataSource dataSource, IEnumerable<IDemoDataSeeder> seeders, ILogger<DemoDataLoader> logger)
{
    private const string MarkPendingSql = """
        insert into kernel.settings (key, value) values ('demo_data', 'pending') on conflict (key) do nothing
        """;

    private const string ReadStateSql = "select value from kernel.settings where key = 'demo_data' for update";

    private const string MarkLoadedSql = "update kernel.settings set value = 'loaded', updated_at = now() where key = 'demo_data'";

    public IEnumerable<IDemoDataSeeder> Seeders => seeders;

    public async Task LoadAsync(bool freshDatabase, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (freshDatabase)
        {
            await connection.ExecuteAsync(new CommandDefinition(MarkPendingSql, transaction: transaction, cancellationToken: cancellationToken));
        }

        var state = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(ReadStateSql, transaction: transaction, cancellationToken: cancellationToken));
        if (state != "pending")
        {
            return;
        }

        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(connection, transaction, cancellationToken);
        }
        await connection.ExecuteAsync(new CommandDefinition(MarkLoadedSql, transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        LogLoaded(seeders.Count());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded by {Count} module(s)")]
    private partial void LogLoaded(int count);
}
