using WellPath.Appointments.BookAppointment;
using WellPath.Appointments.Reception.Shared;
using WellPath.Appointments.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.BookOnBehalf;

/// <summary>The chosen time with the names to show: a location of the caller's, a service offered there, the practitioner or anyone.</summary>
/// <summary><see cref="Start"/> is null when the form names no time (a 409's "pick again" left unanswered).</summary>
internal sealed record BookingSlot(LocationInfo Location, ServiceBookingRules Service, Guid? PractitionerId, string PractitionerName, DateTimeOffset? Start)
{
    public string ChooseAgainLink =>
        $"/reception/book?locationId={Location.Id}&serviceId={Service.ServiceId}&practitionerId={PractitionerId}" +
        (Start is { } start ? $"&date={LocalTimes.Iso(LocalTimes.DateOf(start))}" : "");
}

internal sealed class BookingSlots(ICatalogDirectory directory, ICatalogQueries catalog)
{
    /// <summary>Null when the form's time does not name a bookable service at one of the caller's locations.</summary>
    public async Task<BookingSlot?> LoadAsync(BookingForm form, CallerScope caller, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(form.LocationId, out var locationId) || !Guid.TryParse(form.ServiceId, out var serviceId)
            || !QueryValues.TryOptionalId(form.PractitionerId, out var practitionerId) || !caller.CanSeeLocation(locationId))
        {
            return null;
        }
        var location = (await directory.LocationsOfAsync(caller, cancellationToken)).FirstOrDefault(l => l.Id == locationId);
        var service = await catalog.GetServiceRulesAsync(serviceId, cancellationToken);
        if (location is null || service is null || service.Visibility == ServiceVisibility.Inactive || !service.LocationIds.Contains(locationId))
        {
            return null;
        }
        var practitionerName = "Anyone free";
        if (practitionerId is { } chosen)
        {
            var practitioner = await catalog.GetPractitionerAsync(chosen, cancellationToken);
            if (practitioner is null || !practitioner.LocationIds.Contains(locationId) || !service.PractitionerIds.Contains(chosen))
            {
                return null;
            }
            practitionerName = practitioner.Name;
        }
        // The start was chosen from the list, or is one of the other free times offered after a 409.
        DateTimeOffset? start = BookAppointmentValidator.TryStart(form.Start, out var instant) ? LocalTimes.InZone(instant, location.TimeZoneId) : null;
        return new BookingSlot(location, service, practitionerId, practitionerName, start);
    }
}
