using System.Text.Json;
using System.Text.Json.Nodes;
using Snapshooter.Xunit;

namespace WellPath.SharedKernel.Tests.Integration;

/// <summary>Shapes other code and outside clients rely on, pinned by snapshots (strict under CI: a missing snapshot fails).</summary>
[Collection(KernelHostCollection.Name)]
public sealed class SnapshotTests(KernelHost host)
{
    [Fact]
    public async Task A_not_found_problem_has_a_stable_shape()
    {
        var response = await host.Factory.CreateClient().GetAsync("/api/v1/no-such-thing");

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("requestId");
        problem.Remove("traceId");
        Snapshot.Match(problem.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task The_system_status_fragment_has_a_stable_structure()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/system-status");
        request.Headers.Add("HX-Request", "true");

        var html = await (await host.Factory.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var labels = document.QuerySelectorAll("[data-testid=system-status] strong").Select(e => e.TextContent).ToList();
        Snapshot.Match(labels);
    }
}
