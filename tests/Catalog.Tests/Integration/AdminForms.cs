using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace WellPath.Catalog.Tests.Integration;

/// <summary>Reads a page and posts its forms the way a browser does, antiforgery field included.</summary>
internal static class AdminForms
{
    public static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Problems.AssertStatus(System.Net.HttpStatusCode.OK, response);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, Dictionary<string, string> fields, bool htmx = false)
    {
        var document = await PageAsync(client, page);
        fields["__RequestVerificationToken"] = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery field on {page}");
        var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        return await client.SendAsync(request);
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
