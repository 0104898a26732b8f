using System.Net;
using System.Net.Http.Json;
using Dapper;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class StaffEditorPagesTests(AccessHost host)
{
    [Fact]
    public async Task The_staff_page_shows_the_account_with_the_admin_nav()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var staff = await host.CreateStaffAsync("reception");

        var document = await admin.DocumentAsync($"/admin/staff/{staff.Id}");

        Assert.Equal("Test reception", document.QuerySelector("[data-testid=staff-name]")?.TextContent);
        Assert.Equal("Reception", document.QuerySelector("[data-testid=staff-role]")?.TextContent);
        var nav = document.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/admin/staff", nav);
        Assert.Contains("/admin/tokens", nav);
        Assert.Contains("/admin/audit", nav);
        Assert.Equal("page", document.QuerySelector("header nav a[href='/admin/staff']")?.GetAttribute("aria-current"));
        Assert.Equal(staff.LocationIds[0].ToString(), document.QuerySelector("[data-testid=edit-locations]")?.TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_staff_id_gets_a_not_found_page()
    {
        var admin = await AdminBrowser.SignInAsync(host);

        var response = await admin.GetAsync($"/admin/staff/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("was not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Changing_role_and_locations_on_the_staff_page_saves_audits_and_ends_their_sessions()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var target = await AdminBrowser.SignInAsync(host, "reception");
        var locations = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var page = $"/admin/staff/{target.Staff.Id}";

        var response = await admin.SubmitAsync(page, page, new Dictionary<string, string>
        {
            ["Role"] = "clinic_manager", ["LocationIds"] = $"{locations[0]}\n{locations[1]}", ["PractitionerId"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await admin.DocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Saved", saved.QuerySelector("[data-testid=staff-notice]")?.TextContent);
        Assert.Equal("Clinic manager", saved.QuerySelector("[data-testid=staff-role]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await target.GetAsync("/account")).StatusCode);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(locations.Order(), (await connection.QueryAsync<Guid>(
            "select location_id from access.staff_locations where staff_id = @Id", new { target.Staff.Id })).Order());
        var changes = await connection.QuerySingleAsync<string>(
            "select changes::text from kernel.audit_events where action = 'staff.updated' and record_id = @Id and actor_id = @Actor",
            new { Id = target.Staff.Id.ToString(), Actor = admin.Staff.Id.ToString() });
        Assert.Contains("\"before\"", changes);
        Assert.Contains("clinic_manager", changes);
    }

    [Fact]
    public async Task Bad_input_on_the_staff_page_is_refused_next_to_the_field_and_nothing_changes()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var staff = await host.CreateStaffAsync("operations", locationIds: []);
        var page = $"/admin/staff/{staff.Id}";

        var badIds = await admin.SubmitAsync(page, page, new Dictionary<string, string>
        {
            ["Role"] = "reception", ["LocationIds"] = "'; drop table access.staff_locations; --",
        });
        var missingLocations = await admin.SubmitAsync(page, page, new Dictionary<string, string> { ["Role"] = "reception", ["LocationIds"] = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, badIds.StatusCode);
        Assert.Contains("is not a location id", AdminBrowser.Parse(await badIds.Content.ReadAsStringAsync()).QuerySelector("[data-testid=locationIds-error]")?.TextContent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingLocations.StatusCode);
        Assert.Contains("at least one location", AdminBrowser.Parse(await missingLocations.Content.ReadAsStringAsync()).QuerySelector("[data-testid=locationIds-error]")?.TextContent);
        Assert.Equal("operations", (await host.Admin().GetFromJsonAsync<AccessHost.StaffMember>($"/api/v1/staff/{staff.Id}"))!.Role);
    }

    [Fact]
    public async Task Deactivating_and_reactivating_with_htmx_answer_the_status_section()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var staff = await host.CreateStaffAsync("operations");
        var page = $"/admin/staff/{staff.Id}";

        var deactivated = await admin.HtmxPostAsync(page, $"{page}/deactivate");
        var deactivatedHtml = await deactivated.Content.ReadAsStringAsync();
        var reactivated = await admin.HtmxPostAsync(page, $"{page}/reactivate");

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.DoesNotContain("<html", deactivatedHtml);
        var section = AdminBrowser.Parse(deactivatedHtml).QuerySelector("#staff-status")!;
        Assert.NotNull(section.QuerySelector("[data-testid=reactivate][hx-confirm]"));
        Assert.Contains("Deactivated", section.TextContent);
        Assert.NotNull(AdminBrowser.Parse(await reactivated.Content.ReadAsStringAsync()).QuerySelector("[data-testid=deactivate][hx-post]"));
        Assert.True((await host.Admin().GetFromJsonAsync<AccessHost.StaffMember>($"/api/v1/staff/{staff.Id}"))!.Active);
    }

    [Fact]
    public async Task Deactivating_without_javascript_posts_the_form_and_reloads_the_page()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var staff = await host.CreateStaffAsync("operations");
        var page = $"/admin/staff/{staff.Id}";

        var response = await admin.SubmitAsync(page, $"{page}/deactivate", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await host.Admin().GetFromJsonAsync<AccessHost.StaffMember>($"/api/v1/staff/{staff.Id}"))!.Active);
    }

    [Fact]
    public async Task An_admin_is_told_why_they_cannot_deactivate_themselves()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var page = $"/admin/staff/{admin.Staff.Id}";

        var response = await admin.HtmxPostAsync(page, $"{page}/deactivate");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("your own admin access", AdminBrowser.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[data-testid=status-problem]")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/staff")).StatusCode);
    }

    [Fact]
    public async Task An_htmx_post_without_the_antiforgery_token_is_refused()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var staff = await host.CreateStaffAsync("operations");
        var page = $"/admin/staff/{staff.Id}";

        var response = await admin.HtmxPostAsync(page, $"{page}/deactivate", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await host.Admin().GetFromJsonAsync<AccessHost.StaffMember>($"/api/v1/staff/{staff.Id}"))!.Active);
    }

    [Fact]
    public async Task An_admins_account_page_links_to_the_admin_pages_and_others_do_not()
    {
        var admin = await AdminBrowser.SignInAsync(host);
        var reception = await AdminBrowser.SignInAsync(host, "reception");

        var adminAccount = await admin.DocumentAsync("/account");
        var receptionAccount = await reception.DocumentAsync("/account");

        Assert.Equal(3, adminAccount.QuerySelectorAll("[data-testid=admin-links] a").Length);
        Assert.Null(receptionAccount.QuerySelector("[data-testid=admin-links]"));
    }
}
