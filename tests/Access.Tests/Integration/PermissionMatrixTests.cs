using System.Net.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class PermissionMatrixTests(AccessHost host)
{
    [Fact]
    public void Every_endpoint_has_a_row_in_the_matrix()
    {
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText)}"))
            .Distinct()
            .ToList();
        var rows = PermissionMatrix.Rows.Select(r => r.Key).ToHashSet();

        var missing = endpoints.Where(e => !rows.Contains(e)).ToList();

        Assert.True(missing.Count == 0, "Add these endpoints to PermissionMatrix.Rows: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_caller_gets_the_expected_status_from_every_endpoint()
    {
        var tokens = new Dictionary<string, string?> { ["anonymous"] = null };
        foreach (var role in PermissionMatrix.Callers.Where(c => c != "anonymous"))
        {
            var staff = await host.CreateStaffAsync(role);
            tokens[role] = await host.CreateTokenAsync(staff.Id);
        }

        var mismatches = new List<string>();
        foreach (var row in PermissionMatrix.Rows)
        {
            foreach (var caller in PermissionMatrix.Callers)
            {
                var client = host.Anonymous();
                var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path) { Content = row.Body?.Invoke() };
                if (tokens[caller] is { } token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
                var status = (int)(await client.SendAsync(request)).StatusCode;
                if (status != row.Expected[caller])
                {
                    mismatches.Add($"{row.Key} as {caller}: expected {row.Expected[caller]}, got {status}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static string Normalize(string? pattern) => "/" + (pattern ?? "").Trim('/');
}
