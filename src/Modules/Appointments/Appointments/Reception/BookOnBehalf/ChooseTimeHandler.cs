using WellPath.Appointments.Reception.Shared;
using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.BookOnBehalf;

/// <summary>
/// The first step of booking on someone's behalf: location, service (internal ones too: the desk is staff),
/// practitioner or anyone, a day, and that day's free times from the slot engine.
/// </summary>
internal sealed class ChooseTimeHandler(ICatalogDirectory directory, ICatalogQueries catalog, ISlotFinder finder, TimeProvider clock)
{
    /// <summary>Null when the location is not one of the caller's. A service or practitioner that does not fit the location is simply not chosen.</summary>
    public async Task<ChooseTimeView?> HandleAsync(Guid? locationId, Guid? serviceId, Guid? practitionerId, DateOnly? date, CallerScope caller, CancellationToken cancellationToken)
    {
        var locations = await directory.LocationsOfAsync(caller, cancellationToken);
        var location = locationId is { } id ? locations.FirstOrDefault(l => l.Id == id) : locations.FirstOrDefault();
        if (location is null)
        {
            var utcToday = LocalTimes.Today(clock, "UTC");
            return locationId is null ? new ChooseTimeView(locations, null, [], null, [], null, date ?? utcToday, utcToday, []) : null;
        }
        var services = (await directory.GetServicesAsync(cancellationToken))
            .Where(s => s.Visibility != ServiceVisibility.Inactive && s.LocationIds.Contains(location.Id))
            .ToList();
        var service = services.FirstOrDefault(s => s.Id == serviceId);
        var practitioners = service is null
            ? []
            : (await catalog.GetEligiblePractitionersAsync(service.Id, location.Id, cancellationToken)).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var practitioner = practitioners.FirstOrDefault(p => p.Id == practitionerId)?.Id;
        var today = LocalTimes.Today(clock, location.TimeZoneId);
        var day = date ?? today;
        var times = service is null
            ? []
            : TimeChoice.From(await finder.FindAsync(new SlotRangeRequest(service.Id, location.Id, day, day, practitioner, CallerIsStaff: true), cancellationToken));
        return new ChooseTimeView(locations, location, services, service?.Id, practitioners, practitioner, day, today, times);
    }
}

internal sealed record ChooseTimeView(
    IReadOnlyList<LocationInfo> Locations,
    LocationInfo? Location,
    IReadOnlyList<ServiceListing> Services,
    Guid? ServiceId,
    IReadOnlyList<PractitionerInfo> Practitioners,
    Guid? PractitionerId,
    DateOnly Date,
    DateOnly Today,
    IReadOnlyList<TimeChoice> Times)
{
    public string DayLink(DateOnly day) =>
        $"/reception/book?locationId={Location?.Id}&serviceId={ServiceId}&practitionerId={PractitionerId}&date={LocalTimes.Iso(day)}";

    public string DetailsLink(TimeChoice time) =>
        $"/reception/book/details?locationId={Location?.Id}&serviceId={ServiceId}&practitionerId={PractitionerId}&start={Uri.EscapeDataString(time.Start)}";
}
