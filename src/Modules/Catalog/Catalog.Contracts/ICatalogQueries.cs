namespace WellPath.Catalog.Contracts;

/// <summary>
/// What the slot engine and the booking path need from the catalog, each answer in one round trip.
/// Unknown ids answer null or an empty list; visibility to a given caller is decided by the caller with <see cref="ServiceVisibilityRules"/>.
/// </summary>
public interface ICatalogQueries
{
    Task<ServiceBookingRules?> GetServiceRulesAsync(Guid serviceId, CancellationToken cancellationToken);

    /// <summary>The location's zone, weekly hours and the closures on local dates from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    Task<LocationSchedule?> GetLocationScheduleAsync(Guid locationId, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Active rooms of the type at the location, ordered by name, then id (the order a booking assigns them in).</summary>
    Task<IReadOnlyList<RoomInfo>> GetActiveRoomsAsync(Guid locationId, Guid roomTypeId, CancellationToken cancellationToken);

    /// <summary>Active practitioners assigned to the service and to the location, where the service is offered; ordered by id.</summary>
    Task<IReadOnlyList<PractitionerInfo>> GetEligiblePractitionersAsync(Guid serviceId, Guid locationId, CancellationToken cancellationToken);

    /// <summary>
    /// What a slot search or a booking check needs, in one round trip: the service's rules, the location's schedule for
    /// the dates, the eligible practitioners and the active rooms of the service's room type (none when it needs none).
    /// </summary>
    Task<SearchCatalog> GetSearchCatalogAsync(Guid serviceId, Guid locationId, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The practitioner with their assigned locations, or null when unknown.</summary>
    Task<PractitionerAssignment?> GetPractitionerAsync(Guid practitionerId, CancellationToken cancellationToken);
}

public sealed record SearchCatalog(
    ServiceBookingRules? Service, LocationSchedule? Location, IReadOnlyList<PractitionerInfo> Practitioners, IReadOnlyList<RoomInfo> Rooms);
