using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WellPath.Appointments.Tests.Integration;

/// <summary>
/// A customer's browser without JavaScript: keeps its cookies, reads pages, and submits their forms as a browser does,
/// with every field the form carries (hidden ones and the antiforgery token included) and the button pressed.
/// </summary>
internal sealed class CustomerBrowser(HttpClient client)
{
    public HttpClient Client => client;

    /// <summary>Over https, so that the session cookie (Secure outside development) is sent back like a real browser would.</summary>
    public static CustomerBrowser Open(AppointmentsHost host) =>
        new(host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));

    public async Task<Page> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        return await Page.ReadAsync(response);
    }

    /// <summary>Fills <paramref name="fields"/> into the form found by <paramref name="selector"/> and submits it, optionally with a named button.</summary>
    public async Task<Page> SubmitAsync(Page page, string selector, IReadOnlyDictionary<string, string>? fields = null, (string Name, string Value)? button = null)
    {
        var form = page.Document.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {selector} on {page.Response.RequestMessage?.RequestUri}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            var value = element switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? "",
                _ => element.GetAttribute("value") ?? "",
            };
            values.Add(new(name, fields is not null && fields.TryGetValue(name, out var typed) ? typed : value));
        }
        if (button is { } pressed)
        {
            values.Add(new(pressed.Name, pressed.Value));
        }
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
        return await Page.ReadAsync(response);
    }

    /// <summary>Follows a redirect the way a browser does (with a GET).</summary>
    public Task<Page> FollowAsync(Page page) =>
        GetAsync(page.Response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"{(int)page.Response.StatusCode} is not a redirect."));
}

internal sealed record Page(HttpResponseMessage Response, string Html, IHtmlDocument Document)
{
    public static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, html, new HtmlParser().ParseDocument(html));
    }

    public int Status => (int)Response.StatusCode;

    public string? Location => Response.Headers.Location?.OriginalString;

    public string Text(string testId) =>
        Document.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"No {testId} on the page: {Html}");

    public bool Has(string testId) => Document.QuerySelector($"[data-testid={testId}]") is not null;

    public string? Value(string name) => Document.QuerySelector($"[name={name}]") switch
    {
        IHtmlTextAreaElement area => area.Value,
        { } element => element.GetAttribute("value"),
        null => null,
    };
}
