using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Catalog.GetLocations;

/// <summary>Anyone may read locations; what they see depends on who they are (see <see cref="LocationReader"/>).</summary>
internal sealed class GetLocationsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/locations").WithTags("Catalog").AllowAnonymous();
        group.MapGet("", async (ClaimsPrincipal user, NpgsqlDataSource dataSource, LocationReader reader, CancellationToken cancellationToken) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return TypedResults.Ok(new { items = await reader.ReadAsync(connection, null, CallerScope.From(user), null, cancellationToken) });
        }).WithName("ListLocations");
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, NpgsqlDataSource dataSource, LocationReader reader, CancellationToken cancellationToken) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return await reader.FindAsync(connection, null, CallerScope.From(user), id, cancellationToken) is { } location
                ? (IResult)TypedResults.Ok(location)
                : ApiProblems.NotFound("The location");
        }).WithName("GetLocation");
    }
}
