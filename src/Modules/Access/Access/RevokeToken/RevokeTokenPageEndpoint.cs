using Carter;
using Htmx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.ListTokens;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Access.RevokeToken;

/// <summary>htmx swaps in the token's updated row; without JavaScript the form posts and the list reloads.</summary>
internal sealed class RevokeTokenPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/admin/tokens").RequireAuthorization(Policies.Admin).ExcludeFromDescription()
            .MapPost("/{id:guid}/revoke", async (Guid id, HttpContext context, RevokeTokenHandler handler, ListTokensHandler list, CancellationToken cancellationToken) =>
            {
                if (!await handler.HandleAsync(id, cancellationToken) || await list.FindAsync(id, cancellationToken) is not { } token)
                {
                    return AdminPages.NotFound("The token");
                }
                return context.Request.IsHtmx()
                    ? AdminPages.Page<TokenRowPartial>(token)
                    : (IResult)TypedResults.LocalRedirect("/admin/tokens");
            })
            .RequireAntiforgery();
    }
}
