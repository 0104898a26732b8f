using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Access.Links;
using WellPath.Access.Sessions;

namespace WellPath.Access.PasswordReset;

internal sealed class PasswordResetEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/password-reset").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("", () => new RazorComponentResult<RequestPasswordResetPage>());
        group.MapPost("", ([FromForm] EmailForm form, RequestPasswordResetHandler handler, CancellationToken cancellationToken) =>
                LinkPages.RequestLinkAsync<RequestPasswordResetPage>(form.Email, "Enter the email address of your account.", email => handler.HandleAsync(email, cancellationToken)))
            .RequireRateLimiting(AccessRateLimits.MailedLinks);

        group.MapGet("/{secret}", (string secret, NpgsqlDataSource dataSource, SignInLinks links, CancellationToken cancellationToken) =>
            LinkPages.ShowIfLiveAsync(
                secret, SetPasswordHandler.Purposes, dataSource, links, () => SetPasswordPage(secret, null, StatusCodes.Status200OK), RetryUrl, cancellationToken));
        group.MapPost("/{secret}", async (string secret, [FromForm] SetPasswordForm form, SetPasswordHandler handler, CancellationToken cancellationToken) =>
        {
            if (!SignInLinks.LooksLikeSecret(secret))
            {
                return Expired();
            }
            if (form.Password is not { Length: >= PasswordHashing.MinLength and <= PasswordHashing.MaxLength })
            {
                return SetPasswordPage(secret, $"Choose a password of {PasswordHashing.MinLength} to {PasswordHashing.MaxLength} characters.", StatusCodes.Status422UnprocessableEntity);
            }
            if (form.Password != form.Confirm)
            {
                return SetPasswordPage(secret, "The two passwords are not the same.", StatusCodes.Status422UnprocessableEntity);
            }
            return await handler.HandleAsync(secret, form.Password, cancellationToken)
                ? TypedResults.LocalRedirect("/sign-in?passwordSet=true")
                : Expired();
        });
    }

    private static IResult SetPasswordPage(string secret, string? error, int status) =>
        new RazorComponentResult<SetPasswordPage>(new { Secret = secret, Error = error, MinLength = PasswordHashing.MinLength, MaxLength = PasswordHashing.MaxLength })
        { StatusCode = status };

    private const string RetryUrl = "/password-reset";

    private static IResult Expired() => LinkPages.Expired(RetryUrl);
}
