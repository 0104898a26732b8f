namespace WellPath.Catalog.Contracts;

/// <summary>Lists for staff screens of other modules (pickers, filters); each answer in one round trip. Scope filtering is the caller's.</summary>
public interface ICatalogDirectory
{
    /// <summary>Active locations, ordered by name, then id.</summary>
    Task<IReadOnlyList<LocationInfo>> GetLocationsAsync(CancellationToken cancellationToken);

    /// <summary>Active practitioners with their active locations, ordered by name, then id.</summary>
    Task<IReadOnlyList<PractitionerAssignment>> GetPractitionersAsync(CancellationToken cancellationToken);
}

public sealed record LocationInfo(Guid Id, string Name, string TimeZoneId);
