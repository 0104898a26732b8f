namespace WellPath.Appointments.BookingPages;

/// <summary>
/// The details form: the chosen time in hidden fields, the customer's fields, a key that makes a double submit book
/// once, and <see cref="Choose"/>, set when the customer picks one of the nearest free times instead of booking.
/// </summary>
internal sealed class BookingForm
{
    public string? ServiceId { get; set; }

    public string? LocationId { get; set; }

    public string? Start { get; set; }

    public string? PractitionerId { get; set; }

    public string? BookingKey { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Notes { get; set; }

    public string? Choose { get; set; }

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
