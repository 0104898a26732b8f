using System.Security.Claims;

namespace WellPath.SharedKernel.Auth;

/// <summary>Turns a bearer secret into a principal, or null when it knows no such token.</summary>
public interface IBearerTokenResolver
{
    ValueTask<ClaimsPrincipal?> ResolveAsync(string token, string scheme, CancellationToken cancellationToken);
}
