using Npgsql;

namespace WellPath.TestSupport;

/// <summary>
/// The throwaway PostgreSQL cluster `make test` starts. Tests never skip when it is missing: they fail and say how to start it.
/// </summary>
public static class TestCluster
{
    public const string Variable = "WELLPATH_TEST_DATABASE_URL";

    public static string AdminConnectionString()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var urlFile = Path.Combine(RepoPaths.Root, ".data", "pg-test.url");
        if (File.Exists(urlFile))
        {
            return File.ReadAllText(urlFile).Trim();
        }
        throw new InvalidOperationException(
            $"No test database: set {Variable}, or run the tests with `make test` (it starts the test cluster), or start it with `scripts/pg.sh test start`.");
    }

    public static async Task<NpgsqlConnection> OpenAdminConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(AdminConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"The test PostgreSQL cluster is not reachable ({ex.Message}). Run the tests with `make test`, or start it with `scripts/pg.sh test start`.", ex);
        }
    }
}
