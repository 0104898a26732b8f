using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.CreateLocation;

internal sealed class CreateLocationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/locations").WithTags("Catalog").RequireAuthorization(Policies.Admin)
            .MapPost("", async (LocationRequest request, ClaimsPrincipal user, CreateLocationHandler handler, CancellationToken cancellationToken) =>
            {
                var location = await handler.HandleAsync(request, CallerScope.From(user), cancellationToken);
                return TypedResults.Created($"/api/v1/locations/{location.Id}", location);
            })
            .Validate<LocationRequest>()
            .WithName("CreateLocation");
    }
}
