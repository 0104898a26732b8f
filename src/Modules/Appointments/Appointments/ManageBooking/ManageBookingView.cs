namespace WellPath.Appointments.ManageBooking;

/// <summary>The manage page, or its cancel step with the form as typed and its errors.</summary>
internal sealed record ManageBookingView(
    ManagedBooking Booking, string? Message = null, CancelBookingForm? Form = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public string? ErrorFor(string field) => Errors is not null && Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
