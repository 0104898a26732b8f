using Microsoft.AspNetCore.Authorization;
using WellPath.SharedKernel.Auth;

namespace WellPath.Availability.Shared;

internal static class AvailabilityPolicies
{
    /// <summary>Who reads a location's week roster: admins and operations anywhere, managers and reception at their locations.</summary>
    public const string RosterReader = "availability_roster_reader";

    public static void Add(AuthorizationOptions options) =>
        options.AddPolicy(RosterReader, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Operations, Roles.ClinicManager, Roles.Reception));
}
