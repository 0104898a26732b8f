using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace WellPath.TestSupport;

/// <summary>
/// The real host on a database of its own for one test project, with clients for every kind of caller.
/// A project's fixture names its database and adds the settings it needs.
/// </summary>
public abstract class ModuleHost(string databasePrefix, IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public WellPathFactory Factory { get; private set; } = default!;

    public NpgsqlDataSource DataSource => Factory.Services.GetRequiredService<NpgsqlDataSource>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(databasePrefix);
        Factory = new WellPathFactory(Database.ConnectionString, settings);
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Admin() => Factory.CreateAdminClient();

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client with the API token of a new staff member of <paramref name="role"/> scoped to <paramref name="locationIds"/>.</summary>
    public async Task<HttpClient> StaffAsync(string role, params Guid[] locationIds)
    {
        var admin = Admin();
        var staff = await ClinicBuilder.ReadAsync(await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            email = $"{role}-{Guid.NewGuid():N}@clinic.test",
            name = $"Test {role}",
            role,
            locationIds,
            practitionerId = role == "practitioner" ? Guid.NewGuid() : (Guid?)null,
        }));
        var token = await ClinicBuilder.ReadAsync(await admin.PostAsJsonAsync("/api/v1/tokens", new { name = "test", staffId = staff.GetProperty("id").GetGuid() }));
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        return client;
    }
}
