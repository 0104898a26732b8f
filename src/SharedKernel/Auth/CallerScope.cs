using System.Security.Claims;

namespace WellPath.SharedKernel.Auth;

/// <summary>
/// What the caller may see, for the location filter every scoped query carries in its SQL:
/// <c>where (@AllLocations or location_id = any(@LocationIds))</c>.
/// </summary>
public sealed record CallerScope(string? Role, string? ActorId, IReadOnlyList<Guid> LocationIds, Guid? PractitionerId, Guid? CustomerId)
{
    public static readonly CallerScope Anonymous = new(null, null, [], null, null);

    /// <summary>The caller's display name (staff member, customer or token), for audit trails read by people.</summary>
    public string? Name { get; init; }

    public bool IsAuthenticated => Role is not null;

    public bool IsStaff => Role is not null && Roles.Staff.Contains(Role);

    /// <summary>Admin and operations see every location; everyone else only their own.</summary>
    public bool AllLocations => Role is Roles.Admin or Roles.Operations;

    public Guid[] LocationFilter => [.. LocationIds];

    public bool CanSeeLocation(Guid locationId) => AllLocations || LocationIds.Contains(locationId);

    public static CallerScope From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        return new CallerScope(
            user.FindFirstValue(ClaimTypes.Role),
            user.FindFirstValue(WellPathClaims.ActorId),
            user.FindAll(WellPathClaims.LocationId).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList(),
            Guid.TryParse(user.FindFirstValue(WellPathClaims.PractitionerId), out var practitioner) ? practitioner : null,
            Guid.TryParse(user.FindFirstValue(WellPathClaims.CustomerId), out var customer) ? customer : null)
        {
            Name = user.FindFirstValue(ClaimTypes.Name),
        };
    }
}
