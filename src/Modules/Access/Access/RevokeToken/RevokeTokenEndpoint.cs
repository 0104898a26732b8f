using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;

namespace WellPath.Access.RevokeToken;

internal sealed class RevokeTokenEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/tokens").WithTags("Access").RequireAuthorization(Policies.Admin)
            .MapDelete("/{id:guid}", async (Guid id, RevokeTokenHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(id, cancellationToken)
                    ? (IResult)TypedResults.NoContent()
                    : ApiProblems.NotFound("The token"))
            .WithName("RevokeToken");
    }
}
