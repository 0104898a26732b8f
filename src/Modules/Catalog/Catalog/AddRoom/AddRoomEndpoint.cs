using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.AddRoom;

internal sealed class AddRoomEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/locations").WithTags("Catalog").RequireAuthorization(CatalogPolicies.LocationEditor)
            .MapPost("/{id:guid}/rooms", async (Guid id, AddRoomRequest request, ClaimsPrincipal user, AddRoomHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, request, CallerScope.From(user), cancellationToken) is { } room
                    ? (IResult)TypedResults.Created($"/api/v1/locations/{id}/rooms/{room.Id}", room)
                    : ApiProblems.NotFound("The location"))
            .Validate<AddRoomRequest>()
            .WithName("AddRoom");
    }
}
