using Microsoft.AspNetCore.Http;

namespace WellPath.Appointments.Reception.Reschedule;

/// <summary>
/// The desk's reschedule form as typed, kept whole through a refusal: the day and practitioner the free times were shown
/// for, a free time picked (<see cref="Start"/>) or a local time typed (<see cref="Time"/>, HH:mm, which wins), and an
/// override with its reason (admins and the location's clinic managers).
/// </summary>
internal sealed record RescheduleScreenForm(string Date, string PractitionerId, string Start, string Time, bool Override, string Reason)
{
    public static readonly RescheduleScreenForm Empty = new("", "", "", "", false, "");

    public static RescheduleScreenForm Read(IFormCollection form) => new(
        form["date"].ToString(), form["practitionerId"].ToString(), form["start"].ToString(), form["time"].ToString().Trim(),
        form["override"] == "true", form["reason"].ToString().Trim());
}
