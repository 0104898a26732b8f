namespace WellPath.SharedKernel.Auth;

public static class WellPathClaims
{
    public const string ActorId = "wellpath:actor_id";
    public const string ActorKind = "wellpath:actor_kind";
    public const string LocationId = "wellpath:location_id";
    public const string PractitionerId = "wellpath:practitioner_id";
    public const string TokenId = "wellpath:token_id";
    public const string CustomerId = "wellpath:customer_id";
    public const string SecurityStamp = "wellpath:security_stamp";
}
