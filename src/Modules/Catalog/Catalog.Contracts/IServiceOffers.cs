namespace WellPath.Catalog.Contracts;

/// <summary>
/// What customers are told about a service at a location (booking pages, confirmations, the manage page): names,
/// address, preparation and cancellation policy, for many pairs in one round trip. Not filtered by visibility, so a
/// booking keeps its description after the service is withdrawn; <see cref="ServiceOffer.PubliclyOffered"/> says
/// whether a customer may start a booking of it now.
/// </summary>
public interface IServiceOffers
{
    /// <summary>One answer per known pair (unknown services or locations are left out), in no particular order.</summary>
    Task<IReadOnlyList<ServiceOffer>> GetAsync(IReadOnlyCollection<ServiceAtLocation> pairs, CancellationToken cancellationToken);
}

public sealed record ServiceAtLocation(Guid ServiceId, Guid LocationId);

/// <summary>
/// <see cref="PubliclyOffered"/>: the service is offered at the location, the location is active and live, and the
/// service is public or seasonal (the season itself is the slot search's to check).
/// </summary>
public sealed record ServiceOffer(
    Guid ServiceId,
    Guid LocationId,
    string ServiceName,
    int DurationMinutes,
    int PriceCents,
    string Currency,
    string? PrepNotes,
    int CancellationWindowHours,
    bool RequiresApproval,
    bool PubliclyOffered,
    string LocationName,
    string? Address,
    string? Phone,
    string TimeZoneId)
{
    public ServiceAtLocation Key => new(ServiceId, LocationId);
}
