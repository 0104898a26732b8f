using Carter;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Access.Links;
using WellPath.SharedKernel.Web;

namespace WellPath.Access.CustomerLink;

internal sealed class CustomerLinkEndpoints : ICarterModule
{
    private static readonly string[] Purposes = [LinkPurposes.CustomerSignIn];

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account/customer-link").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("", () => new RazorComponentResult<RequestCustomerLinkPage>());
        group.MapPost("", ([FromForm] EmailForm form, RequestCustomerLinkHandler handler, CancellationToken cancellationToken) =>
                LinkPages.RequestLinkAsync<RequestCustomerLinkPage>(form.Email, "Enter the email address you booked with.", email => handler.HandleAsync(email, cancellationToken)))
            .RequireRateLimiting(AccessRateLimits.MailedLinks);

        group.MapGet("/{secret}", (string secret, NpgsqlDataSource dataSource, SignInLinks links, CancellationToken cancellationToken) =>
            LinkPages.ShowIfLiveAsync(
                secret, Purposes, dataSource, links, () => new RazorComponentResult<UseCustomerLinkPage>(new { Secret = secret }), RetryUrl, cancellationToken));
        group.MapPost("/{secret}", async (string secret, HttpContext context, UseCustomerLinkHandler handler, CancellationToken cancellationToken) =>
            {
                var principal = SignInLinks.LooksLikeSecret(secret) ? await handler.HandleAsync(secret, cancellationToken) : null;
                if (principal is null)
                {
                    return Expired();
                }
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
                return TypedResults.LocalRedirect(SignedInLanding);
            })
            .RequireAntiforgery();
    }

    private const string RetryUrl = "/account/customer-link";

    /// <summary>A customer signs in to see their bookings; staff sign in elsewhere and keep landing on their account.</summary>
    private const string SignedInLanding = "/my/bookings";

    private static IResult Expired() => LinkPages.Expired(RetryUrl);
}
