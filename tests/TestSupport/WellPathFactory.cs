using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace WellPath.TestSupport;

/// <summary>The real host, in process, against a test database. Settings are the same environment variables production reads.</summary>
public class WellPathFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string AdminToken = "test-admin-token-0123456789abcdef";

    public Action<IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("DATABASE_URL", connectionString);
        builder.UseSetting("WELLPATH_DEMO_DATA", "false");
        builder.UseSetting("WELLPATH_BOOTSTRAP_ADMIN_TOKEN", AdminToken);
        builder.UseSetting("WELLPATH_OUTBOX_INTERVAL_SECONDS", "1");
        // Port 9 (discard) on loopback: no test mails a developer's real SMTP catcher unless it says where.
        builder.UseSetting("WELLPATH_SMTP_URL", "smtp://127.0.0.1:9");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        if (ConfigureServices is not null)
        {
            builder.ConfigureTestServices(ConfigureServices);
        }
    }

    public HttpClient CreateAdminClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminToken);
        return client;
    }
}
