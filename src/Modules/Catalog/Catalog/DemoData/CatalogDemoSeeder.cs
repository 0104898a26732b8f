using Npgsql;
using WellPath.SharedKernel.Modules;

namespace WellPath.Catalog.DemoData;

/// <summary>The WellPath group's catalog; it runs before the access module's demo staff, who point at its locations.</summary>
internal sealed class CatalogDemoSeeder(TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 5;

    public IEnumerable<DemoLogin> Logins => [];

    public Task SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        CatalogDemoWriter.WriteAsync(transaction, CatalogDemoData.Generate(), clock.GetUtcNow(), cancellationToken);
}
