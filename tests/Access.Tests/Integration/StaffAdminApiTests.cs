using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class StaffAdminApiTests(AccessHost host)
{
    [Fact]
    public async Task Listing_staff_filters_by_text_role_and_status()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var reception = await host.CreateStaffAsync("reception", email: $"desk-{marker}@clinic.test");
        var manager = await host.CreateStaffAsync("clinic_manager", email: $"boss-{marker}@clinic.test");
        await host.Admin().PostAsync($"/api/v1/staff/{manager.Id}/deactivate", null);

        var byText = await ListAsync($"?q={marker.ToUpperInvariant()}");
        var byRole = await ListAsync($"?q={marker}&role=reception");
        var deactivated = await ListAsync($"?q={marker}&active=false");

        Assert.Equal(new[] { manager.Id, reception.Id }.Order(), byText.Select(s => s.Id).Order());
        Assert.Equal([reception.Id], byRole.Select(s => s.Id));
        var only = Assert.Single(deactivated);
        Assert.Equal(manager.Id, only.Id);
        Assert.False(only.Active);
    }

    [Fact]
    public async Task Search_text_is_matched_literally()
    {
        var response = await host.Admin().GetAsync("/api/v1/staff?q=%25");

        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain("\"id\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("q", null)]
    [InlineData("role", "customer")]
    [InlineData("active", "maybe")]
    [InlineData("page", "0")]
    [InlineData("page", "abc")]
    public async Task Bad_list_filters_answer_422_naming_the_filter(string field, string? value)
    {
        var response = await host.Admin().GetAsync($"/api/v1/staff?{field}={Uri.EscapeDataString(value ?? new string('x', 10_240))}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Getting_a_staff_member_answers_200_and_an_unknown_id_404()
    {
        var staff = await host.CreateStaffAsync("operations");

        var found = await host.Admin().GetFromJsonAsync<AccessHost.StaffMember>($"/api/v1/staff/{staff.Id}");
        var missing = await host.Admin().GetAsync($"/api/v1/staff/{Guid.NewGuid()}");

        Assert.Equal(staff.Email, found!.Email);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Patching_the_role_changes_the_security_stamp_and_ends_an_existing_session()
    {
        var staff = await host.CreateStaffAsync("operations");
        await host.SetPasswordAsync(staff.Id, AdminBrowser.Password);
        var session = await AdminBrowserFor(staff);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/account")).StatusCode);
        var stampBefore = await StampAsync(staff.Id);

        var response = await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{staff.Id}", new { role = "reception" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("reception", (await response.Content.ReadFromJsonAsync<AccessHost.StaffMember>())!.Role);
        Assert.NotEqual(stampBefore, await StampAsync(staff.Id));
        var after = await session.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/sign-in", after.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_patch_is_audited_with_before_and_after()
    {
        var staff = await host.CreateStaffAsync("reception");
        var newLocations = new[] { Guid.NewGuid(), Guid.NewGuid() };

        var response = await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{staff.Id}", new { role = "clinic_manager", locationIds = newLocations });

        response.EnsureSuccessStatusCode();
        Assert.Equal(newLocations.Order(), (await response.Content.ReadFromJsonAsync<AccessHost.StaffMember>())!.LocationIds.Order());
        using var changes = JsonDocument.Parse(await SingleAuditChangesAsync("staff.updated", staff.Id));
        Assert.Equal("reception", changes.RootElement.GetProperty("before").GetProperty("role").GetString());
        Assert.Equal("clinic_manager", changes.RootElement.GetProperty("after").GetProperty("role").GetString());
        Assert.Equal(staff.LocationIds, changes.RootElement.GetProperty("before").GetProperty("locationIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal(newLocations.Order(), changes.RootElement.GetProperty("after").GetProperty("locationIds").EnumerateArray().Select(e => e.GetGuid()).Order());
    }

    [Fact]
    public async Task A_patch_that_changes_nothing_keeps_the_stamp_and_writes_no_audit()
    {
        var staff = await host.CreateStaffAsync("reception");
        var stamp = await StampAsync(staff.Id);

        var response = await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{staff.Id}", new { role = "reception", locationIds = staff.LocationIds });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(stamp, await StampAsync(staff.Id));
        Assert.Equal(0, await AuditCountAsync("staff.updated", staff.Id));
    }

    [Fact]
    public async Task Patching_an_unknown_staff_member_answers_404()
    {
        var response = await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{Guid.NewGuid()}", new { role = "operations" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("superuser")]
    [InlineData("customer")]
    [InlineData("")]
    public async Task Patching_with_an_unknown_role_answers_422(string role)
    {
        var staff = await host.CreateStaffAsync("operations");

        var response = await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{staff.Id}", new { role });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("role", out _));
        Assert.Equal("operations", (await host.Admin().GetFromJsonAsync<AccessHost.StaffMember>($"/api/v1/staff/{staff.Id}"))!.Role);
    }

    [Fact]
    public async Task A_role_that_needs_locations_or_a_practitioner_link_cannot_be_left_without_them()
    {
        var staff = await host.CreateStaffAsync("operations", locationIds: []);

        var noLocations = await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{staff.Id}", new { role = "reception" });
        var noPractitioner = await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{staff.Id}", new { role = "practitioner", locationIds = new[] { Guid.NewGuid() } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noLocations.StatusCode);
        Assert.Contains("locationIds", await noLocations.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noPractitioner.StatusCode);
        Assert.Contains("practitionerId", await noPractitioner.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deactivating_and_reactivating_answer_the_staff_member_end_sessions_and_are_audited()
    {
        var staff = await host.CreateStaffAsync("reception");
        await host.SetPasswordAsync(staff.Id, AdminBrowser.Password);
        var session = await AdminBrowserFor(staff);
        var token = await host.CreateTokenAsync(staff.Id);

        var deactivated = await host.Admin().PostAsync($"/api/v1/staff/{staff.Id}/deactivate", null);
        var again = await host.Admin().PostAsync($"/api/v1/staff/{staff.Id}/deactivate", null);
        var tokenUse = await host.WithToken(token).GetAsync("/account");
        var sessionUse = await session.GetAsync("/account");
        var reactivated = await host.Admin().PostAsync($"/api/v1/staff/{staff.Id}/reactivate", null);

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False((await deactivated.Content.ReadFromJsonAsync<AccessHost.StaffMember>())!.Active);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenUse.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sessionUse.StatusCode);
        Assert.True((await reactivated.Content.ReadFromJsonAsync<AccessHost.StaffMember>())!.Active);
        Assert.Equal(HttpStatusCode.OK, (await host.WithToken(token).GetAsync("/account")).StatusCode);
        Assert.Equal(1, await AuditCountAsync("staff.deactivated", staff.Id));
        Assert.Equal(1, await AuditCountAsync("staff.reactivated", staff.Id));
        using var changes = JsonDocument.Parse(await SingleAuditChangesAsync("staff.deactivated", staff.Id));
        Assert.True(changes.RootElement.GetProperty("before").GetProperty("active").GetBoolean());
        Assert.False(changes.RootElement.GetProperty("after").GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Deactivating_or_reactivating_an_unknown_staff_member_answers_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin().PostAsync($"/api/v1/staff/{Guid.NewGuid()}/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin().PostAsync($"/api/v1/staff/{Guid.NewGuid()}/reactivate", null)).StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_access()
    {
        var admin = await host.CreateStaffAsync("admin");
        var own = host.WithToken(await host.CreateTokenAsync(admin.Id));

        var deactivate = await own.PostAsync($"/api/v1/staff/{admin.Id}/deactivate", null);
        var demote = await own.PatchAsJsonAsync($"/api/v1/staff/{admin.Id}", new { role = "operations" });

        Assert.Equal(HttpStatusCode.Conflict, deactivate.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Contains("your own admin access", await demote.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_last_active_admin_account_cannot_be_deactivated_or_demoted()
    {
        var last = await host.CreateStaffAsync("admin");
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var others = (await connection.QueryAsync<Guid>(
            "update access.staff set active = false where role = 'admin' and active and id <> @Id returning id", new { last.Id })).ToArray();
        try
        {
            var deactivate = await host.Admin().PostAsync($"/api/v1/staff/{last.Id}/deactivate", null);
            var demote = await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{last.Id}", new { role = "operations" });

            Assert.Equal(HttpStatusCode.Conflict, deactivate.StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
            Assert.Contains("last active admin", await deactivate.Content.ReadAsStringAsync());
        }
        finally
        {
            await connection.ExecuteAsync("update access.staff set active = true where id = any(@others)", new { others });
        }
    }

    private async Task<List<AccessHost.StaffMember>> ListAsync(string query)
    {
        var page = await host.Admin().GetFromJsonAsync<JsonElement>("/api/v1/staff" + query);
        return page.GetProperty("items").Deserialize<List<AccessHost.StaffMember>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private async Task<HttpClient> AdminBrowserFor(AccessHost.StaffMember staff)
    {
        var client = host.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForms.SignInAsync(client, staff.Email, AdminBrowser.Password)).StatusCode);
        return client;
    }

    private async Task<Guid> StampAsync(Guid id)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<Guid>("select security_stamp from access.staff where id = @id", new { id });
    }

    private async Task<int> AuditCountAsync(string action, Guid id)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = @action and record_type = 'staff' and record_id = @Id", new { action, Id = id.ToString() });
    }

    private async Task<string> SingleAuditChangesAsync(string action, Guid id)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<string>(
            "select changes::text from kernel.audit_events where action = @action and record_type = 'staff' and record_id = @Id", new { action, Id = id.ToString() });
    }
}
