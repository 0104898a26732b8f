using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.AddRoom;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.UpdateRoom;

/// <summary>Renames, retypes or deactivates a room (<c>active: false</c>); a room is never deleted.</summary>
internal sealed class UpdateRoomEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/locations").WithTags("Catalog").RequireAuthorization(CatalogPolicies.LocationEditor)
            .MapPut("/{id:guid}/rooms/{roomId:guid}", async (Guid id, Guid roomId, AddRoomRequest request, ClaimsPrincipal user, UpdateRoomHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, roomId, request, CallerScope.From(user), cancellationToken) is { } room
                    ? (IResult)TypedResults.Ok(room)
                    : ApiProblems.NotFound("The room"))
            .Validate<AddRoomRequest>()
            .WithName("UpdateRoom");
    }
}
