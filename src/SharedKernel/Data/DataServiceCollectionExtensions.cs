using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace WellPath.SharedKernel.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddWellPathData(this IServiceCollection services, IConfiguration configuration)
    {
        var url = configuration["DATABASE_URL"];
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new InvalidOperationException(
                "DATABASE_URL is not set. Use `make run` for the embedded database, or set DATABASE_URL to a postgres:// URL or an Npgsql connection string.");
        }

        var connectionString = DatabaseUrl.ToConnectionString(url);
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        DapperTypeHandlers.Register();
        services.AddSingleton(new DatabaseOptions(connectionString));
        services.AddSingleton(_ => CreateDataSource(connectionString));
        return services;
    }

    private static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString) { Name = "wellpath" };
        var settings = builder.ConnectionStringBuilder;
        // The same few statements run on every request (slot searches, bookings): preparing them once per connection
        // saves PostgreSQL the parse and plan each time. A connection string that sets Max Auto Prepare (0 turns it off,
        // e.g. behind an old PgBouncer in transaction mode) wins.
        if (!Names(connectionString, "Max Auto Prepare"))
        {
            settings.MaxAutoPrepare = 100;
            settings.AutoPrepareMinUsages = 2;
        }
        // The application keeps no session state (its advisory locks and settings are transaction-scoped; it never
        // listens or creates temporary tables), so a connection returned to the pool needs no reset: that reset is six
        // statements in front of the next request's first. An open transaction is still rolled back. A connection
        // string that sets No Reset On Close wins.
        if (!Names(connectionString, "No Reset On Close"))
        {
            settings.NoResetOnClose = true;
        }
        return builder.Build();
    }

    private static bool Names(string connectionString, string keyword) =>
        connectionString.Replace(" ", "", StringComparison.Ordinal).Contains(keyword.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
