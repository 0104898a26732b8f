using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace WellPath.Access.Tests.Integration;

/// <summary>Submits a page's form the way a browser does: antiforgery field included, cookies kept by the client.</summary>
internal static partial class SignInForms
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, "/sign-in");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl ?? "",
        };
        return await client.PostAsync("/sign-in", new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a form with the antiforgery field taken from <paramref name="tokenFrom"/> (the form's own page by default).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(browser, tokenFrom ?? path);
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The path of the first link in a mail body that starts with <paramref name="prefix"/>.</summary>
    public static string LinkIn(string? text, string prefix)
    {
        var match = LinkPattern().Matches(text ?? "").Select(m => new Uri(m.Value).AbsolutePath).FirstOrDefault(p => p.StartsWith(prefix, StringComparison.Ordinal));
        return match ?? throw new InvalidOperationException($"No {prefix} link in: {text}");
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{page} has no antiforgery field.");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
