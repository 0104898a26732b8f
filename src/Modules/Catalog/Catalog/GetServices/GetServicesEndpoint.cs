using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Catalog.GetServices;

/// <summary>Anyone may read services; what they see depends on who they are (see <see cref="ServiceReader"/>).</summary>
internal sealed class GetServicesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/services").WithTags("Catalog").AllowAnonymous();
        group.MapGet("", async (Guid? locationId, ClaimsPrincipal user, NpgsqlDataSource dataSource, ServiceReader reader, CancellationToken cancellationToken) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return TypedResults.Ok(new { items = await reader.ReadAsync(connection, null, CallerScope.From(user), null, locationId, cancellationToken) });
        }).WithName("ListServices");
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, NpgsqlDataSource dataSource, ServiceReader reader, CancellationToken cancellationToken) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return await reader.FindAsync(connection, null, CallerScope.From(user), id, cancellationToken) is { } service
                ? (IResult)TypedResults.Ok(service)
                : ApiProblems.NotFound("The service");
        }).WithName("GetService");
    }
}
