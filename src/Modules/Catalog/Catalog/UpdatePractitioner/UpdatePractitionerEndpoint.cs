using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.Catalog.UpdatePractitioner;

/// <summary>Admins only, like creating one. A practitioner who leaves is deactivated (<c>active: false</c>), never deleted.</summary>
internal sealed class UpdatePractitionerEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/practitioners").WithTags("Catalog").RequireAuthorization(Policies.Admin)
            .MapPut("/{id:guid}", async (Guid id, PractitionerRequest request, ClaimsPrincipal user, UpdatePractitionerHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, request, CallerScope.From(user), cancellationToken) switch
                {
                    null => (IResult)ApiProblems.NotFound("The practitioner"),
                    { Conflict: true } => ApiProblems.Conflict("Another practitioner is already linked to this staff account."),
                    { Practitioner: var practitioner } => TypedResults.Ok(practitioner),
                })
            .Validate<PractitionerRequest>()
            .WithName("UpdatePractitioner");
    }
}
