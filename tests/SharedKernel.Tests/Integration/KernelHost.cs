using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.SharedKernel.Outbox;
using WellPath.TestSupport;

namespace WellPath.SharedKernel.Tests.Integration;

/// <summary>One database for this project, migrated by the real host, with a test event handler subscribed.</summary>
public sealed class KernelHost : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public WellPathFactory Factory { get; private set; } = default!;

    public NpgsqlDataSource DataSource => Factory.Services.GetRequiredService<NpgsqlDataSource>();

    public WellPathFactory CreateFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null) =>
        new(Database.ConnectionString, settings)
        {
            ConfigureServices = services =>
            {
                services.AddScoped<IEventHandler<SomethingHappened>, RecordingHandler>();
                configureServices?.Invoke(services);
            },
        };

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("kernel");
        Factory = CreateFactory(new Dictionary<string, string?> { ["WELLPATH_JOBS"] = "false" });
        _ = Factory.Server;
        await using var connection = await DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(RecordingHandler.CreateTableSql);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class KernelHostCollection : ICollectionFixture<KernelHost>
{
    public const string Name = "kernel host";
}
