using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WellPath.Access.Tests.Integration;

/// <summary>
/// A staff member's browser after signing in through the sign-in form: cookies kept, forms posted with the
/// antiforgery field from the page, htmx requests with the header and the token from the page's meta tag.
/// </summary>
internal sealed class AdminBrowser(HttpClient client, AccessHost.StaffMember staff)
{
    public const string Password = "correct horse battery staple";

    public HttpClient Client => client;

    public AccessHost.StaffMember Staff => staff;

    public static async Task<AdminBrowser> SignInAsync(AccessHost host, string role = "admin")
    {
        var staff = await host.CreateStaffAsync(role);
        await host.SetPasswordAsync(staff.Id, Password);
        var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await SignInForms.SignInAsync(client, staff.Email, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return new AdminBrowser(client, staff);
    }

    public Task<HttpResponseMessage> GetAsync(string url, bool htmx = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        return client.SendAsync(request);
    }

    public async Task<IHtmlDocument> DocumentAsync(string url) => Parse(await client.GetStringAsync(url));

    /// <summary>Posts a form as the browser would after loading <paramref name="page"/>: its antiforgery field included.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, IDictionary<string, string> fields)
    {
        var token = await SignInForms.AntiforgeryTokenAsync(client, page);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    /// <summary>An hx-post from a button on <paramref name="page"/>: app.js sends the meta tag's token as a header.</summary>
    public async Task<HttpResponseMessage> HtmxPostAsync(string page, string url, bool withToken = true)
    {
        var document = await DocumentAsync(page);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("HX-Request", "true");
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", document.QuerySelector("meta[name=csrf-token]")!.GetAttribute("content"));
        }
        return await client.SendAsync(request);
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
