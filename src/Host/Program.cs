using WellPath.Host;
using WellPath.Host.Composition;
using WellPath.Host.Migrations;
using WellPath.Host.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddWellPath(WellPathModules.All);
var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    return;
}

await app.PrepareDatabaseAsync();
app.UseWellPath();
app.PrintBannerWhenStarted();
await app.RunAsync();

public partial class Program;
