using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace WellPath.SharedKernel.Auth;

/// <summary>The admin token named by <c>WELLPATH_BOOTSTRAP_ADMIN_TOKEN</c>, so a fresh install can be administered.</summary>
internal sealed class BootstrapAdminTokenResolver(IConfiguration configuration) : IBearerTokenResolver
{
    public const string ActorId = "bootstrap-admin";

    private readonly byte[]? expectedHash = Hash(configuration["WELLPATH_BOOTSTRAP_ADMIN_TOKEN"]);

    public ValueTask<ClaimsPrincipal?> ResolveAsync(string token, string scheme, CancellationToken cancellationToken)
    {
        if (expectedHash is null || !CryptographicOperations.FixedTimeEquals(expectedHash, Hash(token)))
        {
            return ValueTask.FromResult<ClaimsPrincipal?>(null);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, ActorId),
                new Claim(ClaimTypes.Name, "Bootstrap admin token"),
                new Claim(ClaimTypes.Role, Roles.Admin),
                new Claim(WellPathClaims.ActorId, ActorId),
                new Claim(WellPathClaims.ActorKind, "token"),
            ],
            scheme);
        return ValueTask.FromResult<ClaimsPrincipal?>(new ClaimsPrincipal(identity));
    }

    private static byte[]? Hash(string? token) =>
        string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
