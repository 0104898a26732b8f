using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.TestSupport;

namespace WellPath.Availability.Tests.Integration;

/// <summary>The real host on its own database; catalog data is made through the catalog API, as a clinic would.</summary>
public sealed class AvailabilityHost : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public WellPathFactory Factory { get; private set; } = default!;

    public NpgsqlDataSource DataSource => Factory.Services.GetRequiredService<NpgsqlDataSource>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("availability");
        Factory = new WellPathFactory(Database.ConnectionString, new Dictionary<string, string?> { ["WELLPATH_JOBS"] = "false", ["WELLPATH_COOKIE_SECURE"] = "false" });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Admin() => Factory.CreateAdminClient();

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> StaffAsync(string role, params Guid[] locationIds)
    {
        var staff = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/staff", new
        {
            email = $"{role}-{Guid.NewGuid():N}@clinic.test", name = $"Test {role}", role, locationIds,
            practitionerId = role == "practitioner" ? Guid.NewGuid() : (Guid?)null,
        }));
        var token = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/tokens", new { name = "test", staffId = staff.GetProperty("id").GetGuid() }));
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        return client;
    }

    public async Task<Clinic> ClinicAsync(string timeZone = "Europe/London", int practitioners = 1, string visibility = "public", int duration = 30, string? serviceName = null) =>
        await ClinicBuilder.CreateAsync(Admin(), timeZone, practitioners, visibility, duration, serviceName);

    public Task ScheduleAsync(Clinic clinic, Guid practitionerId, params (string Weekday, string Start, string End)[] rules) =>
        ClinicBuilder.ScheduleAsync(Admin(), clinic, practitionerId, rules);

    public static Task<JsonElement> ReadAsync(HttpResponseMessage response) => ClinicBuilder.ReadAsync(response);
}

[CollectionDefinition(Name)]
public sealed class AvailabilityHostCollection : ICollectionFixture<AvailabilityHost>
{
    public const string Name = "availability host";
}
