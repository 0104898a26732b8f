using Microsoft.AspNetCore.Authorization;

namespace WellPath.SharedKernel.Auth;

public static class Policies
{
    public const string Admin = "admin";
    public const string Staff = "staff";
    public const string SignedIn = "signed_in";

    /// <summary>Rosters and exceptions: admins anywhere, clinic managers at their locations (checked in the handler).</summary>
    public const string ScheduleEditor = "schedule_editor";

    public static void AddWellPathPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole([.. Roles.Staff]));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(ScheduleEditor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.ClinicManager));
    }
}
