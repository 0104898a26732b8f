using Carter;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.Sessions;
using WellPath.Access.Shared;

namespace WellPath.Access.SignIn;

internal sealed class SignInEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/sign-in").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("", (string? returnUrl) => new RazorComponentResult<SignInPage>(new { ReturnUrl = LocalUrl.OrNull(returnUrl) }));
        group.MapPost("", async ([FromForm] SignInForm form, HttpContext context, SignInHandler handler, CancellationToken cancellationToken) =>
        {
            var returnUrl = LocalUrl.OrNull(form.ReturnUrl);
            if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password)
                || form.Email.Length > 254 || form.Password.Length > PasswordHashing.MaxLength)
            {
                return Page(context, StatusCodes.Status422UnprocessableEntity, form, returnUrl, "Enter your email address and password.");
            }

            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            switch (await handler.HandleAsync(form.Email, form.Password, address, cancellationToken))
            {
                case SignInOutcome.SignedIn signedIn:
                    await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, signedIn.Principal);
                    return TypedResults.LocalRedirect(returnUrl ?? "/account");
                case SignInOutcome.Throttled throttled:
                    var minutes = Math.Max(1, (int)Math.Ceiling(throttled.RetryAfter.TotalMinutes));
                    context.Response.Headers.RetryAfter = ((int)throttled.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return Page(context, StatusCodes.Status429TooManyRequests, form, returnUrl,
                        $"Too many failed sign-ins. Try again in {minutes} minute{(minutes == 1 ? "" : "s")}, or reset your password.");
                default:
                    return Page(context, StatusCodes.Status401Unauthorized, form, returnUrl, "That email and password do not match an active account.");
            }
        }).RequireRateLimiting(AccessRateLimits.SignIn);
    }

    private static IResult Page(HttpContext context, int status, SignInForm form, string? returnUrl, string error)
    {
        context.Response.StatusCode = status;
        return new RazorComponentResult<SignInPage>(new { form.Email, ReturnUrl = returnUrl, Error = error }) { StatusCode = status };
    }
}
