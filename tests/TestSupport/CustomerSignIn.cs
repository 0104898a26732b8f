using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace WellPath.TestSupport;

/// <summary>
/// A browser signed in as an existing customer the way a real one is: asks for the mailed link, opens it and confirms it,
/// keeping the session cookie. The link is read from the mail as queued (a host without jobs sends none); the host must
/// allow plain-HTTP cookies (<c>WELLPATH_COOKIE_SECURE=false</c>).
/// </summary>
public static partial class CustomerSignIn
{
    private const string LinkPage = "/account/customer-link";

    private const string QueuedMailSql = """
        select payload->'mail'->>'textBody' from kernel.outbox_messages
        where event_type like '%MailRequested' and payload->'mail'->>'toAddress' = @Email
        order by occurred_at desc, id desc limit 1
        """;

    public static async Task<HttpClient> SignInAsync(WellPathFactory factory, string email)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await PostFormAsync(browser, LinkPage, new() { ["Email"] = email });
        await using var connection = await factory.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        var text = await connection.ExecuteScalarAsync<string>(QueuedMailSql, new { Email = email }) ?? throw new InvalidOperationException($"No sign-in mail for {email}.");
        var link = Links().Matches(text).Select(m => new Uri(m.Value).AbsolutePath).First(p => p.StartsWith(LinkPage + "/", StringComparison.Ordinal));
        var signIn = await PostFormAsync(browser, link, []);
        return signIn.StatusCode == HttpStatusCode.Redirect ? browser : throw new InvalidOperationException($"Customer sign-in failed: {signIn.StatusCode}");
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, Dictionary<string, string> fields)
    {
        var document = new HtmlParser().ParseDocument(await browser.GetStringAsync(page));
        fields["__RequestVerificationToken"] = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{page} has no antiforgery field.");
        return await browser.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
