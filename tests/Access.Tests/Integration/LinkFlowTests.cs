using System.Net;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Access.Contracts;
using WellPath.TestSupport;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class LinkFlowTests(AccessHost host)
{
    private const string NewPassword = "a long and new pass phrase";
    private static readonly TimeSpan MailPatience = TimeSpan.FromSeconds(20);

    private HttpClient Browser() => host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task A_new_staff_member_is_invited_by_mail_and_chooses_a_password_with_the_link_once()
    {
        var staff = await host.CreateStaffAsync("reception");

        var mail = await host.Inbox.WaitForAsync(m => m.EnvelopeTo.Contains(staff.Email), MailPatience);
        Assert.Equal("You're invited to WellPath", mail.Message.Subject);
        var path = SignInForms.LinkIn(mail.Message.TextBody, "/password-reset/");
        var browser = Browser();
        var set = await SetPasswordAsync(browser, path, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForms.SignInAsync(Browser(), staff.Email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await Browser().GetAsync(path)).StatusCode);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var secret = path["/password-reset/".Length..];
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from access.sign_in_links where token_hash = sha256(convert_to(@secret, 'UTF8')) and used_at is not null", new { secret }));
    }

    [Fact]
    public async Task A_password_reset_link_sets_a_new_password_and_ends_the_other_sessions()
    {
        var staff = await host.CreateStaffAsync("clinic_manager");
        await host.SetPasswordAsync(staff.Id, "the old pass phrase 1");
        var oldSession = Browser();
        await SignInForms.SignInAsync(oldSession, staff.Email, "the old pass phrase 1");
        Assert.Equal(HttpStatusCode.OK, (await oldSession.GetAsync("/account")).StatusCode);

        var requested = await SignInForms.PostFormAsync(Browser(), "/password-reset", new() { ["Email"] = staff.Email });
        var mail = await host.Inbox.WaitForAsync(m => m.EnvelopeTo.Contains(staff.Email) && m.Message.Subject?.Contains("Reset", StringComparison.Ordinal) == true, MailPatience);
        await SetPasswordAsync(Browser(), SignInForms.LinkIn(mail.Message.TextBody, "/password-reset/"), NewPassword);

        Assert.Contains("we have sent it a link", await requested.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await oldSession.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInForms.SignInAsync(Browser(), staff.Email, "the old pass phrase 1")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForms.SignInAsync(Browser(), staff.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Asking_a_reset_for_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        var email = $"nobody-{Guid.NewGuid():N}@clinic.test";

        var response = await SignInForms.PostFormAsync(Browser(), "/password-reset", new() { ["Email"] = email });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("we have sent it a link", await response.Content.ReadAsStringAsync());
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.DoesNotContain(host.Inbox.Messages, m => m.EnvelopeTo.Contains(email));
    }

    [Fact]
    public async Task An_expired_reset_link_no_longer_works()
    {
        var staff = await host.CreateStaffAsync("operations");
        var mail = await host.Inbox.WaitForAsync(m => m.EnvelopeTo.Contains(staff.Email), MailPatience);
        var path = SignInForms.LinkIn(mail.Message.TextBody, "/password-reset/");
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                "update access.sign_in_links set created_at = now() - interval '4 days', expires_at = now() - interval '1 day' where subject_id = @Id", new { staff.Id });
        }

        Assert.Equal(HttpStatusCode.Gone, (await Browser().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await SetPasswordAsync(Browser(), path, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_too_short_or_mismatched_password_is_refused_and_the_link_still_works()
    {
        var staff = await host.CreateStaffAsync("operations");
        var mail = await host.Inbox.WaitForAsync(m => m.EnvelopeTo.Contains(staff.Email), MailPatience);
        var path = SignInForms.LinkIn(mail.Message.TextBody, "/password-reset/");
        var browser = Browser();

        var tooShort = await SetPasswordAsync(browser, path, "short");
        var mismatch = await SetPasswordAsync(browser, path, NewPassword, confirm: NewPassword + "!");
        var ok = await SetPasswordAsync(browser, path, NewPassword);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
        Assert.Contains("not the same", await mismatch.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task A_customer_signs_in_with_a_mailed_link_that_works_once_and_sees_only_their_account()
    {
        var email = $"ada-{Guid.NewGuid():N}@patients.test";
        await host.CreateCustomerAsync("Ada Lovelace", email);

        await SignInForms.PostFormAsync(Browser(), "/account/customer-link", new() { ["Email"] = email });
        var mail = await host.Inbox.WaitForAsync(m => m.EnvelopeTo.Contains(email), MailPatience);
        var path = SignInForms.LinkIn(mail.Message.TextBody, "/account/customer-link/");
        var browser = Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(path)).StatusCode);
        var signIn = await SignInForms.PostFormAsync(browser, path, [], tokenFrom: path);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/my/bookings", signIn.Headers.Location?.OriginalString);
        var account = await browser.GetStringAsync("/account");
        Assert.Contains("Ada Lovelace", account);
        Assert.Contains("customer", account);
        Assert.Equal(HttpStatusCode.Gone, (await Browser().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Asking_for_too_many_links_from_one_address_is_rate_limited()
    {
        await using var limited = new WellPathFactory(host.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["WELLPATH_JOBS"] = "false",
            ["WELLPATH_COOKIE_SECURE"] = "false",
            ["WELLPATH_MAILED_LINK_LIMIT"] = "2",
        });
        var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await SignInForms.PostFormAsync(browser, "/password-reset", new() { ["Email"] = "someone@clinic.test" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Too_many_sign_in_posts_from_one_address_are_rate_limited_with_a_readable_page()
    {
        await using var limited = new WellPathFactory(host.Database.ConnectionString, new Dictionary<string, string?>
        {
            ["WELLPATH_JOBS"] = "false",
            ["WELLPATH_COOKIE_SECURE"] = "false",
            ["WELLPATH_SIGN_IN_LIMIT"] = "2",
        });
        var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = default!;
        for (var i = 0; i < 3; i++)
        {
            last = await SignInForms.SignInAsync(browser, $"someone-{i}@clinic.test", "not the password");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Too many requests", await last.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient browser, string path, string password, string? confirm = null) =>
        await SignInForms.PostFormAsync(browser, path, new() { ["Password"] = password, ["Confirm"] = confirm ?? password }, tokenFrom: "/password-reset");

}
