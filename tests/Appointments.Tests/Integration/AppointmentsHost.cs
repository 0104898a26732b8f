using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

public sealed class AppointmentsHost : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public WellPathFactory Factory { get; private set; } = default!;

    public NpgsqlDataSource DataSource => Factory.Services.GetRequiredService<NpgsqlDataSource>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("appointments");
        Factory = new WellPathFactory(Database.ConnectionString, new Dictionary<string, string?>
        {
            ["WELLPATH_JOBS"] = "false",
            // The storms send many bookings from one test address; the limit itself has its own test.
            ["WELLPATH_BOOKING_LIMIT"] = "100000",
        });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Admin() => Factory.CreateAdminClient();

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

[CollectionDefinition(Name)]
public sealed class AppointmentsHostCollection : ICollectionFixture<AppointmentsHost>
{
    public const string Name = "appointments host";
}
