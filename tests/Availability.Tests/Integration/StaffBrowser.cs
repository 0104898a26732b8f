using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WellPath.Availability.Tests.Integration;

/// <summary>
/// A staff member's browser after signing in through the sign-in form: cookies kept, forms posted with the
/// antiforgery field of the page they are on. The password is set directly, in the access module's hash format.
/// </summary>
internal sealed class StaffBrowser(HttpClient client)
{
    private const string Password = "correct horse battery staple";

    public static async Task<StaffBrowser> SignInAsync(AvailabilityHost host, string role, params Guid[] locationIds)
    {
        var email = $"{role}-{Guid.NewGuid():N}@clinic.test";
        var staff = await AvailabilityHost.ReadAsync(await host.Admin().PostAsJsonAsync("/api/v1/staff", new { email, name = $"Test {role}", role, locationIds }));
        var hash = new PasswordHasher<object>().HashPassword(new object(), Password);
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update access.staff set password_hash = @hash where id = @Id", new { hash, Id = staff.GetProperty("id").GetGuid() });
        }
        var browser = new StaffBrowser(host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var signedIn = await browser.SubmitAsync("/sign-in", "/sign-in", [new("Email", email), new("Password", Password), new("ReturnUrl", "")]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    public async Task<IHtmlDocument> DocumentAsync(string url) => Parse(await client.GetStringAsync(url));

    /// <summary>Posts a form as the browser would after loading <paramref name="page"/>: its antiforgery field included.</summary>
    /// <summary>With <paramref name="htmx"/>, as htmx sends it: the same form fields and the <c>HX-Request</c> header.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, IEnumerable<KeyValuePair<string, string>> fields, bool htmx = false)
    {
        var token = (await DocumentAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{page} has no antiforgery field.");
        var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]) };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields));

    public async Task<HttpResponseMessage> HtmxGetAsync(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("HX-Request", "true");
        return await client.SendAsync(request);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());

    /// <summary>An htmx answer: a fragment, never a whole page.</summary>
    public static async Task<(string Html, IHtmlDocument Document)> FragmentAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        return (html, Parse(html));
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
