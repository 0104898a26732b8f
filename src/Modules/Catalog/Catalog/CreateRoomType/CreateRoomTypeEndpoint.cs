using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.CreateRoomType;

internal sealed class CreateRoomTypeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/room-types").WithTags("Catalog").RequireAuthorization(Policies.Admin)
            .MapPost("", async (CreateRoomTypeRequest request, CreateRoomTypeHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(request, cancellationToken) is { } roomType
                    ? (IResult)TypedResults.Created($"/api/v1/room-types/{roomType.Id}", roomType)
                    : ApiProblems.Conflict("A room type with this name already exists."))
            .Validate<CreateRoomTypeRequest>()
            .WithName("CreateRoomType");
    }
}
