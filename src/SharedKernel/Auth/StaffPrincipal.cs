using System.Globalization;
using System.Security.Claims;

namespace WellPath.SharedKernel.Auth;

/// <summary>Builds the principal of a staff member, the same whether they came by cookie or by token.</summary>
public static class StaffPrincipal
{
    public static ClaimsPrincipal Create(
        string scheme, Guid staffId, string name, string role, IEnumerable<Guid> locationIds, Guid? practitionerId, Guid securityStamp, string actorKind, Guid? tokenId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, staffId.ToString()),
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, role),
            new(WellPathClaims.ActorId, staffId.ToString()),
            new(WellPathClaims.ActorKind, actorKind),
            new(WellPathClaims.SecurityStamp, securityStamp.ToString()),
        };
        claims.AddRange(locationIds.Select(id => new Claim(WellPathClaims.LocationId, id.ToString())));
        if (practitionerId is { } practitioner)
        {
            claims.Add(new Claim(WellPathClaims.PractitionerId, practitioner.ToString()));
        }
        if (tokenId is { } token)
        {
            claims.Add(new Claim(WellPathClaims.TokenId, token.ToString("D", CultureInfo.InvariantCulture)));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
