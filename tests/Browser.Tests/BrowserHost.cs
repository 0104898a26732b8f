using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WellPath.TestSupport;

namespace WellPath.Browser.Tests;

/// <summary>The real host on a real port, and Debian's Chromium driven by Playwright. Missing Chromium fails, never skips.</summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private TestDatabase database = default!;
    private WellPathFactory factory = default!;
    private IPlaywright playwright = default!;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public IServiceProvider Services => factory.Services;

    public static string ArtifactsFolder { get; } = Path.Combine(RepoPaths.Root, ".data", "test-results", "browser");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("WELLPATH_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}. `make test` installs Debian's chromium package; or run scripts/ensure-chromium.sh.");
        }

        database = await TestDatabase.CreateAsync("browser");
        factory = new WellPathFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["WELLPATH_URLS"] = "http://127.0.0.1:0",
            // Every browser test signs in from 127.0.0.1; the per-address limit itself is tested in Access.Tests.
            ["WELLPATH_SIGN_IN_LIMIT"] = "10000",
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ArtifactsFolder);
    }

    /// <summary>A fresh context and page; console errors (a CSP violation, a failed script) are collected for the test to check.</summary>
    public async Task<BrowserPage> OpenPageAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        return new BrowserPage(context, page, errors);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

public sealed record BrowserPage(IBrowserContext Context, IPage Page, List<string> ConsoleErrors) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
