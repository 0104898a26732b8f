using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Availability.Shared;

/// <summary>
/// Who may change a practitioner's schedule: an admin, or a clinic manager of a location the practitioner works at.
/// Outside the caller's scope the practitioner does not exist for them (404).
/// </summary>
internal sealed class PractitionerAccess(ICatalogQueries catalog)
{
    public const string ForbiddenMessage = "You may change schedules only at your own locations.";

    public async Task<PractitionerAssignment?> FindEditableAsync(Guid practitionerId, CallerScope caller, CancellationToken cancellationToken)
    {
        var practitioner = await catalog.GetPractitionerAsync(practitionerId, cancellationToken);
        if (practitioner is null)
        {
            return null;
        }
        return caller.AllLocations || practitioner.LocationIds.Any(caller.CanSeeLocation) ? practitioner : null;
    }

    public static bool MayChangeAt(CallerScope caller, Guid locationId) => caller.Role == Roles.Admin || caller.CanSeeLocation(locationId);
}
