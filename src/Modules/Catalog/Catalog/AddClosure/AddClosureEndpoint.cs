using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.AddClosure;

internal sealed class AddClosureEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/locations").WithTags("Catalog").RequireAuthorization(CatalogPolicies.LocationEditor)
            .MapPost("/{id:guid}/closures", async (Guid id, AddClosureRequest request, ClaimsPrincipal user, AddClosureHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, request, CallerScope.From(user), cancellationToken) is { } closureId
                    ? (IResult)TypedResults.Created($"/api/v1/locations/{id}/closures/{closureId}", new { id = closureId })
                    : ApiProblems.NotFound("The location"))
            .Validate<AddClosureRequest>()
            .WithName("AddClosure");
    }
}
