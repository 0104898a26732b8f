using WellPath.Access.Contracts;

namespace WellPath.Appointments.Reception.BookOnBehalf;

/// <summary>
/// The second step: the chosen time, the customer (found by a search or typed in), how the booking came in, notes.
/// <see cref="OtherTimes"/> is set after a 409: the day's free times to pick again from, with everything typed kept.
/// </summary>
internal sealed record BookDetailsView(
    BookingForm Form,
    BookingSlot Slot,
    IReadOnlyList<CustomerMatch> Matches,
    string? SearchMessage = null,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    string? Problem = null,
    IReadOnlyList<TimeChoice>? OtherTimes = null)
{
    public string? Error(string field) => Errors?.TryGetValue(field, out var messages) == true ? string.Join(" ", messages) : null;

    public string? Invalid(string field) => Error(field) is null ? null : "true";

    public bool IsChosen(CustomerMatch match) => Form.CustomerId == match.Id.ToString();

    public bool NewCustomer => !Matches.Any(IsChosen);
}
