using WellPath.Appointments.BookAppointment;
using WellPath.Availability.Contracts;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.BookingPages;

/// <summary>Builds the details page for a chosen time, and books it through the one booking path.</summary>
internal sealed class BookingDetailsHandler(
    IServiceOffers offers, ICatalogQueries catalog, ISlotChecker slots, ISlotFinder finder, BookAppointmentHandler booking)
{
    public const string NotFreeNotice = "This time is not free any more. Choose one of the nearest free times below; what you typed is kept.";

    public const string JustTakenNotice = "Sorry, someone booked this time while you were filling in your details. Here are the nearest free times; what you typed is kept.";

    public enum Freedom
    {
        /// <summary>Ask the engine whether the time is still free (opening the page, choosing another time).</summary>
        Check,

        /// <summary>Not asked: the form is shown again with its errors.</summary>
        Unchecked,

        /// <summary>The booking just found it taken.</summary>
        JustTaken,
    }

    /// <summary>Null when the service is not offered to customers at this location, or the practitioner is unknown (404).</summary>
    public async Task<BookingDetailsView?> ViewAsync(
        BookingLink link, BookingForm values, IReadOnlyDictionary<string, string[]> errors, Freedom freedom, CancellationToken cancellationToken)
    {
        var offer = (await offers.GetAsync([new ServiceAtLocation(link.ServiceId, link.LocationId)], cancellationToken)).FirstOrDefault();
        if (offer is not { PubliclyOffered: true })
        {
            return null;
        }
        string? practitionerName = null;
        if (link.PractitionerId is { } practitionerId)
        {
            if (await catalog.GetPractitionerAsync(practitionerId, cancellationToken) is not { } practitioner)
            {
                return null;
            }
            practitionerName = practitioner.Name;
        }

        var notice = freedom == Freedom.JustTaken ? JustTakenNotice : null;
        if (freedom == Freedom.Check)
        {
            var check = await slots.CheckAsync(new SlotCheckRequest(link.ServiceId, link.LocationId, link.Start, link.PractitionerId, CallerIsStaff: false), cancellationToken);
            if (check.Service is null)
            {
                return null;
            }
            notice = check.Candidates.Count == 0 ? NotFreeNotice : null;
        }
        var nearest = notice is null ? [] : await NearestTimes.FindAsync(finder, link, offer.TimeZoneId, except: null, cancellationToken);
        var summary = BookingSummary.Of(offer, link.Start, link.Start.AddMinutes(offer.DurationMinutes), practitionerName, offer.CancellationWindowHours);
        return new BookingDetailsView(link, summary, offer.RequiresApproval, values, errors, notice, nearest, link.PickerUrl(offer.TimeZoneId), Guid.NewGuid().ToString());
    }

    /// <summary>The public page books as the public (or as the signed-in customer), whoever else is signed in: staff book on the reception screens.</summary>
    public Task<BookOutcome> BookAsync(BookingLink link, BookingForm form, CallerScope caller, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var request = new BookAppointmentRequest(
            link.ServiceId, link.LocationId, link.StartText, link.PractitionerId,
            new CustomerRequest(BookingForm.Trimmed(form.Name), BookingForm.Trimmed(form.Email), BookingForm.Trimmed(form.Phone)),
            "web", BookingForm.Trimmed(form.Notes));
        return booking.HandleAsync(request, caller.Role == Roles.Customer ? caller : CallerScope.Anonymous, "web", key, cancellationToken);
    }
}
