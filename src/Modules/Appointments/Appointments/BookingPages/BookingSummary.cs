using WellPath.Appointments.Shared;
using WellPath.Catalog.Contracts;

namespace WellPath.Appointments.BookingPages;

/// <summary>What a customer is told about a booking, before and after it is made: what, where, when, how to prepare, the policy.</summary>
internal sealed record BookingSummary(
    string ServiceName,
    string Duration,
    string Price,
    string LocationName,
    string? Address,
    string? Phone,
    string Day,
    string Hours,
    string TimeZoneId,
    string Practitioner,
    string? PrepNotes,
    string CancellationPolicy)
{
    public const string AnyPractitioner = "Any available practitioner";

    public static BookingSummary Of(ServiceOffer offer, DateTimeOffset start, DateTimeOffset end, string? practitionerName, int cancellationWindowHours)
    {
        var localStart = LocalTimes.InZone(start, offer.TimeZoneId);
        return new BookingSummary(
            offer.ServiceName,
            CustomerWording.Duration((int)(end - start).TotalMinutes),
            CustomerWording.Price(offer.PriceCents, offer.Currency),
            offer.LocationName,
            offer.Address,
            offer.Phone,
            LocalTimes.Day(localStart),
            LocalTimes.Hours(localStart, LocalTimes.InZone(end, offer.TimeZoneId)),
            offer.TimeZoneId,
            practitionerName ?? AnyPractitioner,
            offer.PrepNotes,
            CustomerWording.CancellationPolicy(cancellationWindowHours));
    }
}
