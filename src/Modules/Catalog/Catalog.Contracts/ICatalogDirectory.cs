namespace WellPath.Catalog.Contracts;

/// <summary>Lists for staff screens of other modules (pickers, filters); each answer in one round trip. Scope filtering is the caller's.</summary>
public interface ICatalogDirectory
{
    /// <summary>Active locations, ordered by name, then id.</summary>
    Task<IReadOnlyList<LocationInfo>> GetLocationsAsync(CancellationToken cancellationToken);

    /// <summary>Active practitioners with their active locations, ordered by name, then id.</summary>
    Task<IReadOnlyList<PractitionerAssignment>> GetPractitionersAsync(CancellationToken cancellationToken);

    /// <summary>Every service, inactive ones too (an old appointment still needs its name), with its active locations; ordered by name, then id.</summary>
    Task<IReadOnlyList<ServiceListing>> GetServicesAsync(CancellationToken cancellationToken);

    /// <summary>Every room of the locations, inactive ones too, ordered by name, then id.</summary>
    Task<IReadOnlyList<RoomListing>> GetRoomsAsync(IReadOnlyCollection<Guid> locationIds, CancellationToken cancellationToken);
}

public sealed record LocationInfo(Guid Id, string Name, string TimeZoneId);

public sealed record ServiceListing(Guid Id, string Name, ServiceVisibility Visibility, IReadOnlyList<Guid> LocationIds);

public sealed record RoomListing(Guid Id, string Name, Guid LocationId, bool Active);
