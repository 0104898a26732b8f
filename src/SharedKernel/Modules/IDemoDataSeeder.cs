using Npgsql;

namespace WellPath.SharedKernel.Modules;

/// <summary>Loads a module's demo data into an empty database, inside the start-up transaction.</summary>
public interface IDemoDataSeeder
{
    /// <summary>Lower runs first, so a module can rely on the data of the modules it reads.</summary>
    int Order { get; }

    Task SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken);

    IEnumerable<DemoLogin> Logins { get; }
}

public sealed record DemoLogin(string Role, string Login, string Secret, string? Note = null);
