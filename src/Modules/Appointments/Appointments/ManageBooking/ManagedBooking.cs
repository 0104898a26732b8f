using WellPath.Appointments.BookingPages;
using WellPath.Appointments.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.ManageBooking;

/// <summary>
/// A booking reached through its manage link: the current appointment (after any reschedules), what the customer is
/// told about it, the token of the current one, and, when it was moved here, the time it was moved from.
/// </summary>
internal sealed record ManagedBooking(
    AppointmentRow Row, ServiceOffer Offer, BookingSummary Summary, string Token, bool Moved, DateTimeOffset Now, string? MovedFrom = null)
{
    public DateTimeOffset Start => new(Row.StartAt, TimeSpan.Zero);

    public string StatusText => CustomerStatus.Text(Row.Status, Row.LateCancellation);

    /// <summary>Customers cancel what is still ahead of them and not yet final.</summary>
    public bool CanCancel => Row.Status is "requested" or "confirmed" && Start > Now;

    /// <summary>Inside the service's cancellation window, as the lifecycle marks it.</summary>
    public bool WouldBeLate => Now > Start.AddHours(-Row.CancellationWindowHours);

    /// <summary>
    /// Customers move a confirmed appointment that is still ahead, of a service they could book themselves; anything
    /// else is the clinic's to move (see <see cref="WhyNotMovable"/>).
    /// </summary>
    public bool CanReschedule => WhyNotMovable is null;

    /// <summary>Why this booking cannot be moved here, in the customer's words; null when it can.</summary>
    public const string ClinicOnly = "This service is booked through the clinic, so please call the clinic to change its time.";

    public string? WhyNotMovable => Row.Status switch
    {
        "requested" => "This booking is waiting for the clinic to confirm it, so its time cannot be changed yet. You can cancel it and book another time.",
        "confirmed" when Start <= Now => "This appointment has started or is over, so its time can no longer be changed here. Please call the clinic.",
        "confirmed" when !Offer.PubliclyOffered => ClinicOnly,
        "confirmed" => null,
        _ => $"This booking is {StatusText.ToLowerInvariant()}, so its time can no longer be changed.",
    };

    /// <summary>The booking's customer as the lifecycle sees them (the link is their authority), so its scope, rules and audit know who acted.</summary>
    public CallerScope Customer => new(Roles.Customer, Row.CustomerId.ToString(), [], null, Row.CustomerId);

    /// <summary>Whether <paramref name="instant"/> is this booking's own start.</summary>
    public bool IsAt(DateTimeOffset instant) => instant == Start;

    public string ManageUrl => ManageLinks.ManagePath(Token);

    public string CancelUrl => ManageLinks.CancelPath(Token);

    public string RescheduleUrl => ManageLinks.ReschedulePath(Token);
}
