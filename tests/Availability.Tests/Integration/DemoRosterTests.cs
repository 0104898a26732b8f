using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using WellPath.SharedKernel.Modules;
using WellPath.TestSupport;

namespace WellPath.Availability.Tests.Integration;

public sealed class DemoRosterTests
{
    [Fact]
    public async Task The_demo_clinics_offer_bookable_times_next_week()
    {
        await using var database = await TestDatabase.CreateAsync("demoroster");
        await using var factory = new WellPathFactory(database.ConnectionString, new Dictionary<string, string?> { ["WELLPATH_DEMO_DATA"] = "true", ["WELLPATH_JOBS"] = "false" });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var location = DemoIds.Location(1);
        var services = await AvailabilityHost.ReadAsync(await client.GetAsync($"/api/v1/services?locationId={location}"));
        var serviceId = (services.TryGetProperty("items", out var items) ? items : services).EnumerateArray().First().GetProperty("id").GetGuid();
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);

        var slots = await AvailabilityHost.ReadAsync(await client.GetAsync(
            $"/api/v1/slots?serviceId={serviceId}&locationId={location}&from={from:yyyy-MM-dd}&to={from.AddDays(6):yyyy-MM-dd}"));

        Assert.NotEmpty(slots.GetProperty("slots").EnumerateArray());
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        Assert.Equal(60, await connection.ExecuteScalarAsync<int>("select count(distinct practitioner_id) from availability.weekly_rules"));
    }
}
