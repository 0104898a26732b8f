using Microsoft.AspNetCore.Authorization;

namespace WellPath.SharedKernel.Auth;

public static class Policies
{
    public const string Admin = "admin";
    public const string Staff = "staff";
    public const string SignedIn = "signed_in";

    public static void AddWellPathPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole([.. Roles.Staff]));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
    }
}
