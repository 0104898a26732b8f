using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.UpdateLocation;

internal sealed class UpdateLocationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/locations").WithTags("Catalog").RequireAuthorization(CatalogPolicies.LocationEditor)
            .MapPut("/{id:guid}", async (Guid id, LocationRequest request, ClaimsPrincipal user, UpdateLocationHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, request, CallerScope.From(user), cancellationToken) is { } location
                    ? (IResult)TypedResults.Ok(location)
                    : ApiProblems.NotFound("The location"))
            .Validate<LocationRequest>()
            .WithName("UpdateLocation");
    }
}
