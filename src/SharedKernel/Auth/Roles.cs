namespace WellPath.SharedKernel.Auth;

public static class Roles
{
    public const string Admin = "admin";
    public const string Operations = "operations";
    public const string ClinicManager = "clinic_manager";
    public const string Reception = "reception";
    public const string Practitioner = "practitioner";
    public const string Customer = "customer";

    public static readonly IReadOnlyList<string> All = [Admin, Operations, ClinicManager, Reception, Practitioner, Customer];

    public static readonly IReadOnlyList<string> Staff = [Admin, Operations, ClinicManager, Reception, Practitioner];
}
