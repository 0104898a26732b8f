using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class HostEndpointsTests(KernelHost host)
{
    [Fact]
    public async Task Liveness_and_readiness_answer_200_when_the_database_is_up()
    {
        var client = host.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_published()
    {
        var response = await host.Factory.CreateClient().GetAsync("/openapi/v1.json");

        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task An_unknown_route_answers_404_problem_details()
    {
        var response = await host.Factory.CreateClient().GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.TryGetProperty("requestId", out _));
    }

    [Fact]
    public async Task A_body_over_64_KiB_answers_413_problem_details()
    {
        var content = new StringContent(new string('x', 70 * 1024), System.Text.Encoding.UTF8, "application/json");

        var response = await host.Factory.CreateClient().PostAsync("/api/v1/anything", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_a_request_id()
    {
        var response = await host.Factory.CreateClient().GetAsync("/");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(string.IsNullOrEmpty(Assert.Single(response.Headers.GetValues("X-Request-Id"))));
    }

    [Fact]
    public async Task The_home_page_loads_htmx_and_the_styles_from_the_app_itself()
    {
        var html = await host.Factory.CreateClient().GetStringAsync("/");

        var document = new HtmlParser().ParseDocument(html);
        var scripts = document.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ToList();
        Assert.Contains("/lib/htmx.min.js", scripts);
        Assert.All(scripts, src => Assert.StartsWith("/", src));
        Assert.Contains(document.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href") == "/lib/pico.min.css");
        Assert.False(string.IsNullOrEmpty(document.QuerySelector("meta[name=csrf-token]")?.GetAttribute("content")));
        Assert.NotNull(document.QuerySelector("[hx-get='/system-status']"));
    }

    [Fact]
    public async Task The_front_end_assets_are_served()
    {
        var client = host.Factory.CreateClient();

        var htmx = await client.GetAsync("/lib/htmx.min.js");
        var css = await client.GetAsync("/lib/pico.min.css");

        htmx.EnsureSuccessStatusCode();
        css.EnsureSuccessStatusCode();
        Assert.Contains("htmx", await htmx.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task One_endpoint_answers_the_full_page_or_the_htmx_fragment()
    {
        var client = host.Factory.CreateClient();
        var fragmentRequest = new HttpRequestMessage(HttpMethod.Get, "/system-status");
        fragmentRequest.Headers.Add("HX-Request", "true");

        var fragment = await client.SendAsync(fragmentRequest);
        var page = await client.GetAsync("/system-status");

        var fragmentHtml = await fragment.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", fragmentHtml);
        Assert.Contains("data-testid=\"system-status\"", fragmentHtml);
        Assert.Contains("reachable", fragmentHtml);
        Assert.Contains("HX-Request", fragment.Headers.Vary);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync());
        Assert.Contains("HX-Request", page.Headers.Vary);
    }

    [Fact]
    public async Task An_htmx_history_restore_gets_the_full_page()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/system-status");
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("HX-History-Restore-Request", "true");

        var response = await host.Factory.CreateClient().SendAsync(request);

        Assert.Contains("<html", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_boosted_link_gets_the_full_page_because_htmx_swaps_the_whole_body()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/system-status");
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("HX-Boosted", "true");

        var response = await host.Factory.CreateClient().SendAsync(request);

        Assert.Contains("<html", await response.Content.ReadAsStringAsync());
    }
}
