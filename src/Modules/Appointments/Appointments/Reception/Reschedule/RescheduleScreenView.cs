using WellPath.Appointments.Reception.BookOnBehalf;
using WellPath.Appointments.Reception.Shared;
using WellPath.Catalog.Contracts;

namespace WellPath.Appointments.Reception.Reschedule;

/// <summary>
/// The appointment as the desk sees it, the practitioners who may take it, a day's free times for the chosen one, and
/// after a refusal the form as typed with its errors, or what is in the way of the time (<see cref="Obstacles"/>).
/// </summary>
internal sealed record RescheduleScreenView(
    AppointmentLine Line,
    IReadOnlyList<PractitionerInfo> Practitioners,
    Guid PractitionerId,
    DateOnly Date,
    IReadOnlyList<TimeChoice> Times,
    bool CanOverride,
    RescheduleScreenForm Form,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    string? Problem = null,
    IReadOnlyList<string>? Obstacles = null)
{
    public string Url => RescheduleAccess.ScreenUrl(Line.Id);

    public string? Error(string field) => Errors?.TryGetValue(field, out var messages) == true ? string.Join(" ", messages) : null;

    public string? Invalid(string field) => Error(field) is null ? null : "true";

    public bool IsChosen(TimeChoice time) => Form.Start == time.Start;
}
