using Carter;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Access.SignOut;

internal sealed class SignOutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/sign-out", async (HttpContext context, NpgsqlDataSource dataSource, IAuditTrail audit, ICurrentActor actor, CancellationToken cancellationToken) =>
            {
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                    await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                    await audit.RecordAsync(new AuditEntry("sign_out", actor.ActorKind, actor.ActorId), transaction, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.LocalRedirect("/");
            })
            .AllowAnonymous()
            .RequireAntiforgery()
            .ExcludeFromDescription();
    }
}
