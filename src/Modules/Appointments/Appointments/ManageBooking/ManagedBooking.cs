using WellPath.Appointments.BookingPages;
using WellPath.Appointments.Shared;

namespace WellPath.Appointments.ManageBooking;

/// <summary>
/// A booking reached through its manage link: the current appointment (after any reschedules), what the customer is
/// told about it, and the token of the current one.
/// </summary>
internal sealed record ManagedBooking(AppointmentRow Row, BookingSummary Summary, string Token, bool Moved, DateTimeOffset Now)
{
    public DateTimeOffset Start => new(Row.StartAt, TimeSpan.Zero);

    public string StatusText => CustomerStatus.Text(Row.Status, Row.LateCancellation);

    /// <summary>Customers cancel what is still ahead of them and not yet final.</summary>
    public bool CanCancel => Row.Status is "requested" or "confirmed" && Start > Now;

    /// <summary>Inside the service's cancellation window, as the lifecycle marks it.</summary>
    public bool WouldBeLate => Now > Start.AddHours(-Row.CancellationWindowHours);

    public string ManageUrl => ManageLinks.ManagePath(Token);

    public string CancelUrl => ManageLinks.CancelPath(Token);
}
