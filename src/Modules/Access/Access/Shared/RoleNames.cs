using WellPath.SharedKernel.Auth;

namespace WellPath.Access.Shared;

internal static class RoleNames
{
    public static string Display(string role) => role switch
    {
        Roles.Admin => "Admin",
        Roles.Operations => "Operations",
        Roles.ClinicManager => "Clinic manager",
        Roles.Reception => "Reception",
        Roles.Practitioner => "Practitioner",
        _ => role,
    };
}
