using System.Net;
using Dapper;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class StaffPagesTests(AccessHost host)
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_other_roles_are_refused()
    {
        var reception = await AdminBrowser.SignInAsync(host, "reception");

        var anonymous = await host.Anonymous().GetAsync("/admin/staff");
        var refused = await reception.GetAsync("/admin/staff");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/sign-in", anonymous.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_staff_list_answers_the_table_fragment_to_htmx_and_the_full_page_otherwise()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var marker = Guid.NewGuid().ToString("N")[..10];
        await host.CreateStaffAsync("operations", email: $"fragment-{marker}@clinic.test");

        var fragment = await admin.GetAsync($"/admin/staff?q={marker}", htmx: true);
        var page = await admin.GetAsync($"/admin/staff?q={marker}");

        var fragmentHtml = await fragment.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.DoesNotContain("<html", fragmentHtml);
        Assert.DoesNotContain("<form", fragmentHtml);
        Assert.Single(AdminBrowser.Parse(fragmentHtml).QuerySelectorAll("[data-testid=staff-row]"));
        Assert.Contains("HX-Request", fragment.Headers.Vary);
        var document = AdminBrowser.Parse(await page.Content.ReadAsStringAsync());
        Assert.NotNull(document.QuerySelector("html"));
        Assert.Single(document.QuerySelectorAll("#staff-results [data-testid=staff-row]"));
        Assert.Equal(marker, document.QuerySelector("[data-testid=staff-search]")?.GetAttribute("value"));
        Assert.Contains("HX-Request", page.Headers.Vary);
        var filter = document.QuerySelector("[data-testid=staff-filter]")!;
        Assert.Equal("get", filter.GetAttribute("method"));
        Assert.Equal("#staff-results", filter.GetAttribute("hx-target"));
        Assert.StartsWith("input changed delay:300ms, change", filter.GetAttribute("hx-trigger"));
    }

    [Fact]
    public async Task The_staff_list_filters_by_role_and_status_and_pages_by_fifty()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var marker = Guid.NewGuid().ToString("N")[..10];
        for (var i = 0; i < 51; i++)
        {
            await host.CreateStaffAsync("operations", email: $"paging-{marker}-{i:00}@clinic.test");
        }

        var first = await admin.DocumentAsync($"/admin/staff?q={marker}&role=operations&active=true");
        var second = await admin.DocumentAsync($"/admin/staff?q={marker}&role=operations&active=true&page=2");
        var none = await admin.DocumentAsync($"/admin/staff?q={marker}&active=false");

        Assert.Equal(50, first.QuerySelectorAll("[data-testid=staff-row]").Length);
        Assert.Contains("page=2", first.QuerySelector("[data-testid=next-page]")?.GetAttribute("href"));
        Assert.Single(second.QuerySelectorAll("[data-testid=staff-row]"));
        Assert.Empty(none.QuerySelectorAll("[data-testid=staff-row]"));
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("' or 1=1; drop table access.staff; --")]
    public async Task Hostile_search_text_comes_back_escaped_and_harmless(string search)
    {
        var admin = await AdminBrowser.SignInAsync(host);

        var response = await admin.GetAsync($"/admin/staff?q={Uri.EscapeDataString(search)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal(search, AdminBrowser.Parse(html).QuerySelector("[data-testid=staff-search]")?.GetAttribute("value"));
        Assert.Contains("No staff match", html);
        Assert.Equal(HttpStatusCode.OK, (await host.Admin().GetAsync("/api/v1/staff")).StatusCode);
    }

    [Theory]
    [InlineData("q", null, "at most 200 characters")]
    [InlineData("page", "0", "page must be a whole number")]
    [InlineData("page", "abc", "page must be a whole number")]
    [InlineData("role", "<b>root</b>", "Role must be one of")]
    public async Task Bad_filters_get_a_readable_message_not_an_error_page(string field, string? value, string message)
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var query = $"/admin/staff?{field}={Uri.EscapeDataString(value ?? new string('x', 10_240))}";

        var page = await admin.GetAsync(query);
        var fragment = await admin.GetAsync(query, htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(message, AdminBrowser.Parse(html).QuerySelector("[data-testid=filter-errors]")?.TextContent);
        Assert.DoesNotContain("<b>root</b>", html);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fragment.StatusCode);
        Assert.Contains(message, await fragment.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Creating_staff_on_the_list_page_shows_them_in_the_list_and_audits_it()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var email = $"new-{Guid.NewGuid():N}@clinic.test";
        var location = Guid.NewGuid();

        var response = await admin.SubmitAsync("/admin/staff", "/admin/staff", new Dictionary<string, string>
        {
            ["Name"] = "Nora New", ["Email"] = email, ["Role"] = "reception", ["LocationIds"] = $" {location}, ", ["PractitionerId"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.DocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Nora New", list.QuerySelector("[data-testid=created-notice]")?.TextContent);
        Assert.Contains(list.QuerySelectorAll("[data-testid=staff-row]"), row => row.TextContent.Contains(email));
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var created = await connection.QuerySingleAsync<(Guid Id, string Role)>("select id, role from access.staff where email = @email", new { email });
        Assert.Equal("reception", created.Role);
        Assert.Equal(location, await connection.QuerySingleAsync<Guid>("select location_id from access.staff_locations where staff_id = @Id", new { created.Id }));
        Assert.Equal(admin.Staff.Id.ToString(), await connection.QuerySingleAsync<string>(
            "select actor_id from kernel.audit_events where action = 'staff.created' and record_id = @Id", new { Id = created.Id.ToString() }));
    }

    [Fact]
    public async Task Hostile_input_in_the_create_form_is_refused_field_by_field_and_nothing_is_saved()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var before = await StaffCountAsync();

        var response = await admin.SubmitAsync("/admin/staff", "/admin/staff", new Dictionary<string, string>
        {
            ["Name"] = new string('N', 10_240),
            ["Email"] = "<script>alert(1)</script>",
            ["Role"] = "superuser'; drop table access.staff; --",
            ["LocationIds"] = "<img src=x onerror=alert(1)>, 1; delete from access.staff",
            ["PractitionerId"] = "' or 1=1",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.DoesNotContain("<img src=x", html);
        var document = AdminBrowser.Parse(html);
        Assert.Contains("valid email", document.QuerySelector("[data-testid=email-error]")?.TextContent);
        Assert.Contains("200", document.QuerySelector("[data-testid=name-error]")?.TextContent);
        Assert.Contains("Role must be one of", document.QuerySelector("[data-testid=role-error]")?.TextContent);
        Assert.Contains("is not a location id", document.QuerySelector("[data-testid=locationIds-error]")?.TextContent);
        Assert.Contains("UUID", document.QuerySelector("[data-testid=practitionerId-error]")?.TextContent);
        Assert.Equal("true", document.QuerySelector("input[name=Email]")?.GetAttribute("aria-invalid"));
        Assert.Equal("<script>alert(1)</script>", document.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.Equal(before, await StaffCountAsync());
    }

    [Fact]
    public async Task A_script_in_a_new_name_is_saved_as_text_and_shown_escaped()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var email = $"xss-{Guid.NewGuid():N}@clinic.test";
        const string name = "<script>alert('pwned')</script>";

        var response = await admin.SubmitAsync("/admin/staff", "/admin/staff", new Dictionary<string, string>
        {
            ["Name"] = name, ["Email"] = email, ["Role"] = "operations", ["LocationIds"] = "",
        });
        var html = await admin.Client.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.DoesNotContain(name, html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Creating_staff_with_a_taken_email_says_so_next_to_the_field()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var existing = await host.CreateStaffAsync("operations");

        var response = await admin.SubmitAsync("/admin/staff", "/admin/staff", new Dictionary<string, string>
        {
            ["Name"] = "Copy", ["Email"] = existing.Email.ToUpperInvariant(), ["Role"] = "operations",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("already exists", AdminBrowser.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[data-testid=email-error]")?.TextContent);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_field_is_refused()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var before = await StaffCountAsync();

        var response = await admin.Client.PostAsync("/admin/staff", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Forged", ["Email"] = $"forged-{Guid.NewGuid():N}@clinic.test", ["Role"] = "admin",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await StaffCountAsync());
    }

    private async Task<long> StaffCountAsync()
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("select count(*) from access.staff");
    }
}
