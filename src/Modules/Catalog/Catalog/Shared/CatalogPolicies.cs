using Microsoft.AspNetCore.Authorization;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.Shared;

internal static class CatalogPolicies
{
    /// <summary>Admins, and clinic managers for the locations in their scope (each handler filters by scope in its SQL).</summary>
    public const string LocationEditor = "catalog_location_editor";

    public static void Add(AuthorizationOptions options) =>
        options.AddPolicy(LocationEditor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.ClinicManager));
}
