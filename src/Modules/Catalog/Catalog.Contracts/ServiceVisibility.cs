namespace WellPath.Catalog.Contracts;

public enum ServiceVisibility
{
    Public,
    Internal,
    Seasonal,
    Inactive,
}

/// <summary>Scheduling rule 7: who may book a service on a local date. A service nobody may book is invisible (404).</summary>
public static class ServiceVisibilityRules
{
    public static bool IsBookable(ServiceVisibility visibility, DateOnly? seasonStart, DateOnly? seasonEnd, bool staff, DateOnly localDate) =>
        visibility switch
        {
            ServiceVisibility.Public => true,
            ServiceVisibility.Internal => staff,
            ServiceVisibility.Seasonal => seasonStart <= localDate && localDate <= seasonEnd,
            _ => false,
        };
}
