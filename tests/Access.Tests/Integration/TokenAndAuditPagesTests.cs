using System.Net;
using System.Net.Http.Json;
using Dapper;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class TokenAndAuditPagesTests(AccessHost host)
{
    [Fact]
    public async Task Creating_a_token_on_the_tokens_page_shows_the_secret_once()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var staff = await host.CreateStaffAsync("operations");
        var form = await admin.DocumentAsync("/admin/tokens");
        Assert.Contains(form.QuerySelectorAll("[data-testid=token-staff] option"), o => o.GetAttribute("value") == staff.Id.ToString());

        var response = await admin.SubmitAsync("/admin/tokens", "/admin/tokens", new Dictionary<string, string>
        {
            ["Name"] = "Phone system", ["StaffId"] = staff.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var document = AdminBrowser.Parse(await response.Content.ReadAsStringAsync());
        var secret = document.QuerySelector("[data-testid=token-secret]")?.TextContent.Trim();
        Assert.StartsWith("wp_", secret);
        Assert.Contains("will not be shown again", document.QuerySelector("[data-testid=token-secret-box]")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await host.WithToken(secret!).GetAsync("/account")).StatusCode);
        var later = await admin.Client.GetStringAsync("/admin/tokens");
        Assert.DoesNotContain(secret!, later);
        Assert.Contains("Phone system", later);
    }

    [Fact]
    public async Task A_token_form_with_bad_input_is_refused_next_to_the_fields()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var deactivated = await host.CreateStaffAsync("operations");
        await host.Admin().PostAsync($"/api/v1/staff/{deactivated.Id}/deactivate", null);

        var hostile = await admin.SubmitAsync("/admin/tokens", "/admin/tokens", new Dictionary<string, string>
        {
            ["Name"] = "<script>alert(1)</script>" + new string('x', 10_240), ["StaffId"] = "' or 1=1 --",
        });
        var inactive = await admin.SubmitAsync("/admin/tokens", "/admin/tokens", new Dictionary<string, string>
        {
            ["Name"] = "For someone gone", ["StaffId"] = deactivated.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, hostile.StatusCode);
        var html = await hostile.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var document = AdminBrowser.Parse(html);
        Assert.NotNull(document.QuerySelector("[data-testid=name-error]"));
        Assert.Contains("Choose the staff account", document.QuerySelector("[data-testid=staffId-error]")?.TextContent);
        Assert.Null(document.QuerySelector("[data-testid=token-secret]"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inactive.StatusCode);
        Assert.Contains("deactivated", AdminBrowser.Parse(await inactive.Content.ReadAsStringAsync()).QuerySelector("[data-testid=staffId-error]")?.TextContent);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from access.api_tokens where staff_id = @Id", new { deactivated.Id }));
    }

    [Fact]
    public async Task Revoking_a_token_with_htmx_answers_its_updated_row()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var staff = await host.CreateStaffAsync("operations");
        var secret = await host.CreateTokenAsync(staff.Id);
        var id = AdminBrowser.Parse(await admin.Client.GetStringAsync("/admin/tokens"))
            .QuerySelectorAll("[data-testid=token-row]")
            .Single(row => row.TextContent.Contains(secret[..9]))
            .Id!["token-".Length..];

        var response = await admin.HtmxPostAsync("/admin/tokens", $"/admin/tokens/{id}/revoke");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<tr", html.TrimStart());
        Assert.Contains("token-revoked", html);
        Assert.DoesNotContain("revoke-token", html);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(secret).GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.HtmxPostAsync("/admin/tokens", $"/admin/tokens/{Guid.NewGuid()}/revoke")).StatusCode);
    }

    [Fact]
    public async Task The_audit_page_filters_pretty_prints_changes_and_is_not_itself_audited()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var staff = await host.CreateStaffAsync("operations");
        await host.Admin().PatchAsJsonAsync($"/api/v1/staff/{staff.Id}", new { role = "admin" });
        var before = await AuditCountAsync();
        var url = $"/admin/audit?recordType=staff&recordId={staff.Id}&zone=Europe/London";

        var page = await admin.GetAsync(url);
        var fragment = await admin.GetAsync(url + "&action=staff.updated", htmx: true);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = AdminBrowser.Parse(await page.Content.ReadAsStringAsync());
        var rows = document.QuerySelectorAll("#audit-results [data-testid=audit-row]");
        Assert.Equal(2, rows.Length);
        Assert.Contains("staff.updated", rows[0].TextContent);
        Assert.Contains("staff.created", rows[1].TextContent);
        var changes = rows[0].QuerySelector("details [data-testid=audit-changes]")!.TextContent;
        Assert.Contains("\n", changes);
        Assert.Contains("\"role\": \"admin\"", changes);
        Assert.Matches(@"[+-]0[01]:00$", rows[0].QuerySelector("time")!.TextContent);
        var fragmentHtml = await fragment.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", fragmentHtml);
        Assert.Single(AdminBrowser.Parse(fragmentHtml).QuerySelectorAll("[data-testid=audit-row]"));
        Assert.Equal(before, await AuditCountAsync());
    }

    [Theory]
    [InlineData("from=2027-02-30", "From: Enter the date")]
    [InlineData("from=2027-03-02&to=2027-03-01", "before the start date")]
    [InlineData("zone=Nowhere/Special", "IANA time zone")]
    [InlineData("actorId=%3Cscript%3E", null)]
    public async Task Bad_audit_filters_get_a_readable_message(string query, string? message)
    {
        var admin = await AdminBrowser.SignInAsync(host);

        var response = await admin.GetAsync("/admin/audit?" + query);

        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html);
        if (message is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, AdminBrowser.Parse(html).QuerySelector("[data-testid=filter-errors]")?.TextContent);
    }

    private async Task<long> AuditCountAsync()
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("select count(*) from kernel.audit_events");
    }
}
