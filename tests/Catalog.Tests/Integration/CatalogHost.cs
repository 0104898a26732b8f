using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.TestSupport;

namespace WellPath.Catalog.Tests.Integration;

/// <summary>The real host on its own database, with helpers for staff tokens of any role and catalog data made through the API.</summary>
public sealed class CatalogHost() : ModuleHost("catalog", new Dictionary<string, string?>
{
    ["WELLPATH_NODE_ID"] = "catalog-tests",
    ["WELLPATH_JOBS"] = "false",
})
{
    public async Task<Guid> CreateLocationAsync(bool live = true, bool active = true, string timeZone = "Europe/London", string? name = null)
    {
        var location = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/locations", CatalogBodies.Location(name, timeZone) with { live = live, active = active }));
        return location.GetProperty("id").GetGuid();
    }

    public async Task<Guid> CreateRoomTypeAsync()
    {
        var roomType = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/room-types", new { name = $"Room type {Guid.NewGuid():N}" }));
        return roomType.GetProperty("id").GetGuid();
    }

    public async Task<Guid> CreatePractitionerAsync(params Guid[] locationIds)
    {
        var practitioner = await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/practitioners", new { name = "Dr Test", locationIds }));
        return practitioner.GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> CreateServiceAsync(object body) => await ReadAsync(await Admin().PostAsJsonAsync("/api/v1/services", body));

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    /// <summary>The JSON body of a successful answer; anything else fails with the body in the message.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

[CollectionDefinition(Name)]
public sealed class CatalogHostCollection : ICollectionFixture<CatalogHost>
{
    public const string Name = "catalog host";
}
