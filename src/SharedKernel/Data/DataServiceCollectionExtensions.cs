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
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString) { Name = "wellpath" }.Build());
        return services;
    }
}
