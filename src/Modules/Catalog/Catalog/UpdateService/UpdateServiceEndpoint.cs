using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.UpdateService;

internal sealed class UpdateServiceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/services").WithTags("Catalog").RequireAuthorization(Policies.Admin)
            .MapPut("/{id:guid}", async (Guid id, ServiceRequest request, ClaimsPrincipal user, UpdateServiceHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, request, CallerScope.From(user), cancellationToken) is { } service
                    ? (IResult)TypedResults.Ok(service)
                    : ApiProblems.NotFound("The service"))
            .Validate<ServiceRequest>()
            .WithName("UpdateService");
    }
}
