using System.Net;
using System.Net.Http.Json;
using Dapper;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class TokenApiTests(AccessHost host)
{
    [Fact]
    public async Task A_token_is_shown_once_stored_hashed_and_acts_as_its_staff_member()
    {
        var staff = await host.CreateStaffAsync("admin");

        var token = await host.CreateTokenAsync(staff.Id);

        Assert.StartsWith("wp_", token);
        var response = await host.WithToken(token).PostAsJsonAsync("/api/v1/staff", new
        {
            email = $"made-by-token-{Guid.NewGuid():N}@clinic.test", name = "Made by token", role = "operations", locationIds = Array.Empty<Guid>(),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var stored = await connection.QuerySingleAsync<(byte[] Hash, DateTime? LastUsedAt)>(
            "select token_hash, last_used_at from access.api_tokens where staff_id = @Id", new { staff.Id });
        Assert.Equal(32, stored.Hash.Length);
        Assert.NotNull(stored.LastUsedAt);
        Assert.DoesNotContain(token, await connection.ExecuteScalarAsync<string>("select string_agg(t::text, ' ') from access.api_tokens t"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'token.used' and actor_id = @Id", new { Id = staff.Id.ToString() }));
    }

    [Fact]
    public async Task A_revoked_token_is_refused_and_revoking_again_is_fine()
    {
        var staff = await host.CreateStaffAsync("operations");
        var response = await host.Admin().PostAsJsonAsync("/api/v1/tokens", new { name = "integration", staffId = staff.Id });
        var created = (await response.Content.ReadFromJsonAsync<AccessHost.TokenCreated>())!;

        var revoke = await host.Admin().DeleteAsync($"/api/v1/tokens/{created.Id}");
        var again = await host.Admin().DeleteAsync($"/api/v1/tokens/{created.Id}");
        var use = await host.WithToken(created.Token).GetAsync("/account");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, use.StatusCode);
    }

    [Fact]
    public async Task Revoking_an_unknown_token_answers_404()
    {
        var response = await host.Admin().DeleteAsync($"/api/v1/tokens/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_an_unknown_staff_member_is_refused_with_a_field_error()
    {
        var response = await host.Admin().PostAsJsonAsync("/api/v1/tokens", new { name = "x", staffId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("staffId", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_deactivated_staff_members_tokens_stop_working_at_once()
    {
        var staff = await host.CreateStaffAsync("operations");
        var token = await host.CreateTokenAsync(staff.Id);
        Assert.Equal(HttpStatusCode.OK, (await host.WithToken(token).GetAsync("/account")).StatusCode);

        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update access.staff set active = false where id = @Id", new { staff.Id });
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(token).GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Listing_tokens_shows_who_they_act_as_but_never_a_secret_or_hash()
    {
        var staff = await host.CreateStaffAsync("operations");
        var token = await host.CreateTokenAsync(staff.Id);

        var response = await host.Admin().GetAsync("/api/v1/tokens");

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(token, body);
        Assert.DoesNotContain("hash", body, StringComparison.OrdinalIgnoreCase);
        using var document = System.Text.Json.JsonDocument.Parse(body);
        var item = document.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("staffId").GetGuid() == staff.Id);
        Assert.Equal("Test operations", item.GetProperty("staffName").GetString());
        Assert.Equal(token[..9], item.GetProperty("prefix").GetString());
        Assert.False(item.TryGetProperty("token", out _));
    }
}
