using WellPath.Appointments.Shared;
using WellPath.Appointments.BookAppointment;

namespace WellPath.Appointments.BookingPages;

/// <summary>
/// What the slot picker chose, carried from page to page in the query string and then in hidden fields:
/// the service at a location, the start (an instant with the clinic's offset), and a practitioner or anyone.
/// </summary>
internal sealed record BookingLink(Guid ServiceId, Guid LocationId, DateTimeOffset Start, Guid? PractitionerId)
{
    public const string Broken = "This link is missing the service, the clinic or the time. Choose the time again.";

    public static BookingLink? TryRead(string? serviceId, string? locationId, string? start, string? practitionerId)
    {
        if (!Guid.TryParse(serviceId, out var service) || !Guid.TryParse(locationId, out var location) || !BookAppointmentValidator.TryStart(start, out var at))
        {
            return null;
        }
        if (string.IsNullOrEmpty(practitionerId))
        {
            return new BookingLink(service, location, at, null);
        }
        return Guid.TryParse(practitionerId, out var practitioner) ? new BookingLink(service, location, at, practitioner) : null;
    }

    public string StartText => LocalTimes.Iso(Start);

    public string PickerUrl(string timeZoneId) =>
        $"/book/slots?serviceId={ServiceId}&locationId={LocationId}&date={LocalTimes.Iso(LocalTimes.DateOf(LocalTimes.InZone(Start, timeZoneId)))}"
        + (PractitionerId is { } p ? $"&practitionerId={p}" : "");
}
