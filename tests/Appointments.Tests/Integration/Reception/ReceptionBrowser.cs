using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration.Reception;

/// <summary>
/// A staff member's browser, signed in through the sign-in form: cookies kept, forms posted with the antiforgery field
/// of the page they are on, htmx posts with the HX-Request header. HTTPS, so the secure session cookie is sent back.
/// </summary>
internal sealed class ReceptionBrowser(HttpClient client, Guid staffId)
{
    private const string Password = "correct horse battery staple";

    public Guid StaffId => staffId;

    public static async Task<ReceptionBrowser> SignInAsync(AppointmentsHost host, string role, Guid[] locationIds, Guid? practitionerId = null)
    {
        var email = $"{role}-{Guid.NewGuid():N}@clinic.test";
        var staff = await ClinicBuilder.ReadAsync(await host.Admin().PostAsJsonAsync("/api/v1/staff", new { email, name = $"Desk {role}", role, locationIds, practitionerId }));
        var id = staff.GetProperty("id").GetGuid();
        // The access module's own format (ASP.NET Core Identity's hasher); this project sees only its contracts.
        var hash = new PasswordHasher<object>().HashPassword(new object(), Password);
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update access.staff set password_hash = @hash where id = @id", new { hash, id });
        }
        var browser = new ReceptionBrowser(
            host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }),
            id);
        var signedIn = await browser.SubmitAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = Password, ["ReturnUrl"] = "" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
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

    public async Task<IHtmlDocument> DocumentAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    /// <summary>Posts a form as the browser would after loading <paramref name="page"/>; with <paramref name="htmx"/> as htmx sends it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, Dictionary<string, string> fields, bool htmx = false)
    {
        // A page without a form of its own still carries the token for htmx in its meta tag.
        var document = await DocumentAsync(page);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? document.QuerySelector("meta[name=csrf-token]")?.GetAttribute("content")
            ?? throw new InvalidOperationException($"{page} has no antiforgery token.");
        var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }),
        };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields));

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());

    /// <summary>A fragment such as a table row parses only inside its table.</summary>
    public static async Task<IHtmlDocument> ParseRowAsync(HttpResponseMessage response) => Parse($"<table><tbody>{await response.Content.ReadAsStringAsync()}</tbody></table>");

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
