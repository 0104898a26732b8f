using WellPath.Appointments.BookAppointment;
using WellPath.Appointments.Shared;

namespace WellPath.Appointments.ManageBooking;

/// <summary>
/// The customer's choice on the way to a new time, carried in links and in the confirmation form: the same practitioner
/// (the default: people move an appointment, not their therapist) or anyone free, a day, and the new start.
/// </summary>
internal sealed record RescheduleChoice(bool Anyone, DateOnly? Date, DateTimeOffset? Start)
{
    public const string Broken = "This link names a day, a time or a practitioner choice that is not valid. Choose the new time again.";

    public const string AnyoneValue = "anyone";

    /// <summary>Null when a value is present but not valid (a tampered or truncated link).</summary>
    public static RescheduleChoice? TryRead(string? who, string? date, string? start)
    {
        if (who is not (null or "" or "same" or AnyoneValue))
        {
            return null;
        }
        DateOnly? day = null;
        if (!string.IsNullOrEmpty(date))
        {
            if (!LocalTimes.TryDate(date, out var parsed))
            {
                return null;
            }
            day = parsed;
        }
        DateTimeOffset? at = null;
        if (start is not null)
        {
            if (!BookAppointmentValidator.TryStart(start, out var parsed))
            {
                return null;
            }
            at = parsed;
        }
        return new RescheduleChoice(who == AnyoneValue, day, at);
    }

    public string Who => Anyone ? AnyoneValue : "same";

    /// <summary>The practitioner to search and book with: the booking's own, or anyone (null).</summary>
    public Guid? PractitionerOf(ManagedBooking booking) => Anyone ? null : booking.Row.PractitionerId;

    public static string DayLink(ManagedBooking booking, bool anyone, DateOnly day) =>
        $"{booking.RescheduleUrl}?who={(anyone ? AnyoneValue : "same")}&date={LocalTimes.Iso(day)}";

    public string ConfirmLink(ManagedBooking booking, string start) =>
        $"{booking.RescheduleUrl}/confirm?who={Who}&start={Uri.EscapeDataString(start)}";
}
