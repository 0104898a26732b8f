using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using WellPath.Access.Sessions;
using WellPath.TestSupport;

namespace WellPath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReceptionSignInTests(BrowserHost host)
{
    private const string Password = "reception pass phrase 2026";

    [Fact]
    public async Task Reception_signs_in_on_a_phone_and_lands_on_their_account()
    {
        var email = await ArrangeStaffAsync("reception", Password);
        await using var browser = await host.OpenPageAsync(390, 844);
        var page = browser.Page;

        await page.GotoAsync("/");
        await page.GetByTestId("nav-sign-in").ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        var post = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.True(post.Status == 302, $"Sign-in answered {post.Status}: {(post.Status == 302 ? "" : await post.TextAsync())}");

        await page.WaitForURLAsync("**/account", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal("reception", await page.GetByTestId("account-role").InnerTextAsync());
        Assert.True(await page.GetByTestId("nav-catalog").IsVisibleAsync());
        Assert.Equal(0, await page.GetByTestId("nav-schedules").CountAsync());
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The account page scrolls sideways on a phone ({scrollWidth}px wide).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "reception-account-phone.png"), FullPage = true });
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task A_wrong_password_on_a_phone_shows_a_readable_message_and_keeps_the_email()
    {
        var email = await ArrangeStaffAsync("reception", Password);
        await using var browser = await host.OpenPageAsync(390, 844);
        var page = browser.Page;

        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var error = page.GetByTestId("sign-in-error");
        await error.WaitForAsync();
        Assert.Contains("do not match", await error.InnerTextAsync());
        Assert.Equal(email, await page.GetByLabel("Email").InputValueAsync());
    }

    /// <summary>Creates the account through the API, then sets its password as the invite link would.</summary>
    private async Task<string> ArrangeStaffAsync(string role, string password)
    {
        var email = $"{role}-{Guid.NewGuid():N}@clinic.test";
        using var api = new HttpClient { BaseAddress = host.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WellPathFactory.AdminToken);
        var response = await api.PostAsJsonAsync("/api/v1/staff", new { email, name = $"Test {role}", role, locationIds = new[] { Guid.NewGuid() } });
        response.EnsureSuccessStatusCode();

        var hash = host.Services.GetRequiredService<PasswordHashing>().Hash(password);
        await using var connection = await host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await connection.ExecuteAsync("update access.staff set password_hash = @hash where email = @email", new { hash, email });
        return email;
    }
}
