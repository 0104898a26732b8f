using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.Access.Sessions;
using WellPath.TestSupport;

namespace WellPath.Browser.Tests;

/// <summary>
/// Arranges staff accounts the way an admin would, through the API with the bootstrap admin token, and gives them
/// a password directly (as the set-password link will), so the browser can sign in through the real page.
/// </summary>
internal static class StaffAccounts
{
    public const string Password = "correct horse battery staple";

    public static async Task<StaffAccount> CreateAsync(BrowserHost host, string role, string name, Guid[]? locationIds = null)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        var email = $"{role}-{Guid.NewGuid():N}@clinic.test";
        var response = await client.PostAsJsonAsync("/api/v1/staff", new { email, name, role, locationIds = locationIds ?? [] });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return new StaffAccount(id, email, name);
    }

    public static Task<StaffAccount> CreateAdminWithPasswordAsync(BrowserHost host, string name) => CreateWithPasswordAsync(host, "admin", name);

    public static async Task<StaffAccount> CreateWithPasswordAsync(BrowserHost host, string role, string name, Guid[]? locationIds = null)
    {
        var staff = await CreateAsync(host, role, name, locationIds);
        var hash = host.Services.GetRequiredService<PasswordHashing>().Hash(Password);
        await using var connection = await host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await connection.ExecuteAsync("update access.staff set password_hash = @hash where id = @Id", new { hash, staff.Id });
        return staff;
    }
}

internal sealed record StaffAccount(Guid Id, string Email, string Name);
