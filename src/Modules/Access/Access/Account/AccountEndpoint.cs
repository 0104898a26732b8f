using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.Account;

internal sealed class AccountEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/account", (ClaimsPrincipal user) => new RazorComponentResult<AccountPage>(new
            {
                Name = user.Identity?.Name,
                Role = user.FindFirstValue(ClaimTypes.Role),
            }))
            .RequireAuthorization(Policies.SignedIn)
            .ExcludeFromDescription();
    }
}
