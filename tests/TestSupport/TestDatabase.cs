using Npgsql;

namespace WellPath.TestSupport;

/// <summary>A database of its own for one test project (or one test), created empty and dropped at the end.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string prefix)
    {
        var name = $"wp_{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 36)].ToLowerInvariant();
        await using (var admin = await TestCluster.OpenAdminConnectionAsync())
        {
            await using var create = new NpgsqlCommand($"create database \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(TestCluster.AdminConnectionString()) { Database = name, Pooling = true, MaxPoolSize = 40 };
        return new TestDatabase(name, builder.ConnectionString);
    }

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = await TestCluster.OpenAdminConnectionAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{Name}\" with (force)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
