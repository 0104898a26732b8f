using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace WellPath.SharedKernel.DataProtection;

public static class DataProtectionServiceCollectionExtensions
{
    public const string ApplicationName = "WellPath";

    /// <summary>One key ring in PostgreSQL for every host instance, so cookies survive restarts and any node reads them.</summary>
    public static IServiceCollection AddWellPathDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((options, dataSource) => options.XmlRepository = new PostgresXmlRepository(dataSource));
        return services;
    }
}
