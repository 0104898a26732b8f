using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.CreateService;

/// <summary>Admins only: a service spans locations, so no single manager's scope covers it.</summary>
internal sealed class CreateServiceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/services").WithTags("Catalog").RequireAuthorization(Policies.Admin)
            .MapPost("", async (ServiceRequest request, ClaimsPrincipal user, CreateServiceHandler handler, CancellationToken cancellationToken) =>
            {
                var service = await handler.HandleAsync(request, CallerScope.From(user), cancellationToken);
                return TypedResults.Created($"/api/v1/services/{service.Id}", service);
            })
            .Validate<ServiceRequest>()
            .WithName("CreateService");
    }
}
