using Npgsql;
using WellPath.Host.Composition;

namespace WellPath.Host.Home;

public sealed record SystemStatus(bool DatabaseReachable, string? DatabaseVersion, IReadOnlyList<string> Modules, DateTimeOffset CheckedAt)
{
    public static async Task<SystemStatus> ReadAsync(NpgsqlDataSource dataSource, ModuleCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        var modules = catalog.Modules.Select(m => m.Name).ToList();
        try
        {
            await using var command = dataSource.CreateCommand("show server_version");
            var version = (string?)await command.ExecuteScalarAsync(cancellationToken);
            return new SystemStatus(true, version, modules, clock.GetUtcNow());
        }
        catch (NpgsqlException)
        {
            return new SystemStatus(false, null, modules, clock.GetUtcNow());
        }
    }
}
