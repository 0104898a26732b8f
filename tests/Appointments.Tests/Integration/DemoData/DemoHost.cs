using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.Appointments.Tests.Integration.Reception;
using WellPath.SharedKernel.Modules;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration.DemoData;

/// <summary>A fresh database with the demo data loaded at <see cref="DemoClock.Now"/>, and the demo logins' browsers.</summary>
internal sealed class DemoHost : IAsyncDisposable
{
    private DemoHost(TestDatabase database, WellPathFactory factory, DemoClock clock) => (Database, Factory, Clock) = (database, factory, clock);

    public TestDatabase Database { get; }

    public WellPathFactory Factory { get; }

    public DemoClock Clock { get; }

    public NpgsqlDataSource DataSource => Factory.Services.GetRequiredService<NpgsqlDataSource>();

    public static async Task<DemoHost> StartAsync(string databasePrefix, DateTimeOffset now)
    {
        var database = await TestDatabase.CreateAsync(databasePrefix);
        var clock = new DemoClock { Now = now };
        var factory = new WellPathFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["WELLPATH_DEMO_DATA"] = "true",
            ["WELLPATH_JOBS"] = "false",
            ["WELLPATH_COOKIE_SECURE"] = "false",
        })
        {
            ConfigureServices = services => services.AddSingleton<TimeProvider>(clock),
        };
        _ = factory.Server;
        return new DemoHost(database, factory, clock);
    }

    /// <summary>A demo staff login (see the access module's demo staff), signed in through the form.</summary>
    public async Task<ReceptionBrowser> StaffAsync(string role, string email, string password)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        var browser = new ReceptionBrowser(client, DemoIds.Staff(role));
        var signedIn = await browser.SubmitAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = "" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>A clock the test sets, also backwards (the slot check of a past appointment asks as if it were still ahead).</summary>
internal sealed class DemoClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
