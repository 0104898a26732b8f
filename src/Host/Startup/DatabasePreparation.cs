using WellPath.Host.Migrations;

namespace WellPath.Host.Startup;

internal static class DatabasePreparation
{
    /// <summary>Migrates, then loads demo data into a fresh database unless <c>WELLPATH_DEMO_DATA=false</c>.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var outcome = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        if (!DemoDataEnabled(app.Configuration))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync(outcome.FreshDatabase, cancellationToken);
    }

    public static bool DemoDataEnabled(IConfiguration configuration) =>
        !string.Equals(configuration["WELLPATH_DEMO_DATA"], "false", StringComparison.OrdinalIgnoreCase);
}
