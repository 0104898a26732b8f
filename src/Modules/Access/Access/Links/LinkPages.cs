using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace WellPath.Access.Links;

/// <summary>What the two mailed-link flows (set password, customer sign-in) answer alike.</summary>
internal static class LinkPages
{
    public static bool IsPlausibleEmail([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= 254 && email.Contains('@', StringComparison.Ordinal);

    /// <summary>
    /// A request for a mailed link: the same "sent" answer whether or not the address is known, so the page tells
    /// nobody which addresses have accounts.
    /// </summary>
    public static async Task<IResult> RequestLinkAsync<TPage>(string? email, string error, Func<string, Task> send)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        if (!IsPlausibleEmail(email))
        {
            return new RazorComponentResult<TPage>(new { Email = email, Error = error }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }
        await send(email);
        return new RazorComponentResult<TPage>(new { Sent = true });
    }

    /// <summary>The form behind a live link, or the expired page.</summary>
    public static async Task<IResult> ShowIfLiveAsync(
        string secret, string[] purposes, NpgsqlDataSource dataSource, SignInLinks links, Func<IResult> form, string retryUrl, CancellationToken cancellationToken)
    {
        if (!SignInLinks.LooksLikeSecret(secret))
        {
            return Expired(retryUrl);
        }
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await links.PeekAsync(connection, secret, purposes, cancellationToken) is null ? Expired(retryUrl) : form();
    }

    public static IResult Expired(string retryUrl) =>
        new RazorComponentResult<LinkExpiredPage>(new { Advice = "Ask for a new one.", RetryUrl = retryUrl, RetryText = "Send me a new link" })
        { StatusCode = StatusCodes.Status410Gone };
}
