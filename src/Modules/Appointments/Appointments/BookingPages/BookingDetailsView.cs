namespace WellPath.Appointments.BookingPages;

/// <summary>
/// The details page: the summary of the chosen time, the form as the customer typed it, errors next to their fields,
/// and, when the time is not free, why and the nearest free times.
/// </summary>
internal sealed record BookingDetailsView(
    BookingLink Link,
    BookingSummary Summary,
    bool RequiresApproval,
    BookingForm Values,
    IReadOnlyDictionary<string, string[]> Errors,
    string? Notice,
    IReadOnlyList<NearTime> NearestTimes,
    string PickerUrl,
    string BookingKey)
{
    public bool Taken => Notice is not null;

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
