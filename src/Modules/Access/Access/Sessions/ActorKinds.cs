namespace WellPath.Access.Sessions;

internal static class ActorKinds
{
    public const string StaffSession = "staff";
    public const string ApiToken = "token";
    public const string Customer = "customer";
}
