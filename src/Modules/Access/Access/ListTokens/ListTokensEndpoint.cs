using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.ListTokens;

internal sealed class ListTokensEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/tokens").WithTags("Access").RequireAuthorization(Policies.Admin)
            .MapGet("", async ([AsParameters] ListTokensRequest request, ListTokensHandler handler, CancellationToken cancellationToken) =>
            {
                var list = await handler.HandleAsync(Paging.Parse(request.Page), cancellationToken);
                return TypedResults.Ok(new ItemsResponse<TokenResponse>(list.Items, list.NextPage));
            })
            .Validate<ListTokensRequest>()
            .WithName("ListTokens");
    }
}
