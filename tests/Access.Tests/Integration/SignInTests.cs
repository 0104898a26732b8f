using System.Net;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class SignInTests(AccessHost host)
{
    private const string Password = "correct horse battery staple";

    private HttpClient Browser() => host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Staff_sign_in_with_email_and_password_and_see_their_account()
    {
        var staff = await host.CreateStaffAsync("reception");
        await host.SetPasswordAsync(staff.Id, Password);
        var browser = Browser();

        var response = await SignInForms.SignInAsync(browser, staff.Email.ToUpperInvariant(), Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wellpath.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var account = await browser.GetStringAsync("/account");
        Assert.Contains("Test reception", account);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'sign_in.succeeded' and record_id = @Id", new { Id = staff.Id.ToString() }));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_message_and_audited()
    {
        var staff = await host.CreateStaffAsync("reception");
        await host.SetPasswordAsync(staff.Id, Password);

        var response = await SignInForms.SignInAsync(Browser(), staff.Email, "wrong password!!");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("do not match an active account", await response.Content.ReadAsStringAsync());
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'sign_in.failed' and record_id = lower(@Email)", new { staff.Email }));
    }

    [Fact]
    public async Task Repeated_failures_on_one_account_are_throttled_even_with_the_right_password()
    {
        var staff = await host.CreateStaffAsync("reception");
        await host.SetPasswordAsync(staff.Id, Password);
        var browser = Browser();
        for (var i = 0; i < 5; i++)
        {
            await SignInForms.SignInAsync(browser, staff.Email, $"wrong-{i}-password");
        }

        var response = await SignInForms.SignInAsync(browser, staff.Email, Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Too many failed sign-ins", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.RetryAfter is not null || response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Deactivating_an_account_ends_its_session_on_the_next_request()
    {
        var staff = await host.CreateStaffAsync("clinic_manager");
        await host.SetPasswordAsync(staff.Id, Password);
        var browser = Browser();
        await SignInForms.SignInAsync(browser, staff.Email, Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);

        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update access.staff set active = false, security_stamp = gen_random_uuid() where id = @Id", new { staff.Id });
        }
        var after = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/sign-in", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInForms.SignInAsync(Browser(), staff.Email, Password)).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_field_is_refused()
    {
        var response = await Browser().PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.test", ["Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Sign_in_never_redirects_off_site(string returnUrl)
    {
        var staff = await host.CreateStaffAsync("operations");
        await host.SetPasswordAsync(staff.Id, Password);

        var response = await SignInForms.SignInAsync(Browser(), staff.Email, Password, returnUrl);

        Assert.Equal("/account", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Hostile_input_on_the_sign_in_page_comes_back_escaped()
    {
        var response = await SignInForms.SignInAsync(Browser(), "<script>alert(1)</script>@x.test", "' or 1=1 --");

        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
