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
        // Staff call with their API tokens; the customer with the session cookie of a mailed-link sign-in.
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = host.Anonymous(), ["customer"] = await host.SignedInCustomerAsync() };
        foreach (var role in PermissionMatrix.Callers.Where(c => c is not ("anonymous" or "customer")))
        {
            var staff = await host.CreateStaffAsync(role);
            clients[role] = host.WithToken(await host.CreateTokenAsync(staff.Id));
        }

        var mismatches = new List<string>();
        foreach (var row in PermissionMatrix.Rows)
        {
            foreach (var caller in PermissionMatrix.Callers)
            {
                var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path) { Content = row.Body?.Invoke() };
                var status = (int)(await clients[caller].SendAsync(request)).StatusCode;
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
