using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.CreatePractitioner;

/// <summary>Admins only: a practitioner may work at several locations, so no single manager's scope covers them.</summary>
internal sealed class CreatePractitionerEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/practitioners").WithTags("Catalog").RequireAuthorization(Policies.Admin)
            .MapPost("", async (CreatePractitionerRequest request, ClaimsPrincipal user, CreatePractitionerHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(request, CallerScope.From(user), cancellationToken) is { } practitioner
                    ? (IResult)TypedResults.Created($"/api/v1/practitioners/{practitioner.Id}", practitioner)
                    : ApiProblems.Conflict("Another practitioner is already linked to this staff account."))
            .Validate<CreatePractitionerRequest>()
            .WithName("CreatePractitioner");
    }
}
