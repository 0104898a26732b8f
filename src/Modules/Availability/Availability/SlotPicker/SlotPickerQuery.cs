using NodaTime;
using NodaTime.Text;

namespace WellPath.Availability.SlotPicker;

/// <summary>The picker's query string, read by hand so that a bad value gets a sentence rather than a bare 400.</summary>
internal sealed record SlotPickerQuery(Guid ServiceId, Guid LocationId, LocalDate? Date, Guid? PractitionerId)
{
    private static readonly LocalDate Earliest = new(2000, 1, 1);
    private static readonly LocalDate Latest = new(2999, 12, 31);

    public static SlotPickerQuery? TryRead(string? serviceId, string? locationId, string? date, string? practitionerId, out string? error)
    {
        error = null;
        if (!Guid.TryParse(serviceId, out var service) || !Guid.TryParse(locationId, out var location))
        {
            error = "This link is missing the service or the location. Choose the service again.";
            return null;
        }
        Guid? practitioner = null;
        if (!string.IsNullOrWhiteSpace(practitionerId))
        {
            if (!Guid.TryParse(practitionerId, out var id))
            {
                error = "The practitioner in this link is not valid. Choose a practitioner from the list.";
                return null;
            }
            practitioner = id;
        }
        LocalDate? day = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            var parsed = date.Length == 10 ? LocalDatePattern.Iso.Parse(date) : null;
            if (parsed?.Success != true || parsed.Value < Earliest || parsed.Value > Latest)
            {
                error = "The date must be a day written YYYY-MM-DD.";
                return null;
            }
            day = parsed.Value;
        }
        return new SlotPickerQuery(service, location, day, practitioner);
    }
}
