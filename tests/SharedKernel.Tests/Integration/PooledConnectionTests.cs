using Dapper;
using Npgsql;
using WellPath.SharedKernel.Data;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class PooledConnectionTests(KernelHost host)
{
    private const string SettingSql = "select current_setting('plan_cache_mode')";

    [Fact]
    public void The_application_returns_connections_to_the_pool_without_a_reset_and_prepares_its_repeated_statements()
    {
        var settings = new NpgsqlConnectionStringBuilder(host.DataSource.ConnectionString);

        Assert.True(settings.NoResetOnClose);
        Assert.Equal(100, settings.MaxAutoPrepare);
    }

    [Fact]
    public async Task Statements_for_generic_plans_read_as_if_alone_and_leave_the_connection_as_it_was()
    {
        await using var dataSource = OneConnectionPool();
        await using var connection = await dataSource.OpenConnectionAsync();

        await using (var results = await connection.QueryMultipleAsync(GenericPlan.For($"select 1 as one;\n{SettingSql}"), new { }))
        {
            Assert.Equal(1, await results.ReadSingleAsync<int>());
            Assert.Equal("force_generic_plan", await results.ReadSingleAsync<string>());
        }

        Assert.Equal("auto", await connection.ExecuteScalarAsync<string>(SettingSql));
    }

    [Fact]
    public async Task A_failed_statement_for_generic_plans_leaves_neither_its_setting_nor_its_transaction_to_the_next_user()
    {
        await using var dataSource = OneConnectionPool();
        int backend;
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            backend = await connection.ExecuteScalarAsync<int>("select pg_backend_pid()");
            await Assert.ThrowsAsync<PostgresException>(() => connection.QueryAsync<int>(GenericPlan.For("select 1 / 0")));
        }

        await using var next = await dataSource.OpenConnectionAsync();
        Assert.Equal(backend, await next.ExecuteScalarAsync<int>("select pg_backend_pid()"));
        Assert.Equal("auto", await next.ExecuteScalarAsync<string>(SettingSql));
    }

    /// <summary>The application's pool settings with one connection, so the next open is surely the same session.</summary>
    private NpgsqlDataSource OneConnectionPool() =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(host.DataSource.ConnectionString) { MaxPoolSize = 1 });
}
