using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using WellPath.Host.Composition;
using WellPath.SharedKernel.Web;

namespace WellPath.Host.Home;

internal sealed class HomeEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/", () => new RazorComponentResult<HomePage>());
        group.MapGet("/system-status", async (HttpContext context, NpgsqlDataSource dataSource, ModuleCatalog catalog, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var status = await SystemStatus.ReadAsync(dataSource, catalog, clock, cancellationToken);
            return PageResults.PageOrPartial<SystemStatusPage, SystemStatusPartial>(context, new Dictionary<string, object?> { ["Status"] = status });
        });
    }
}
