using WellPath.Access.Contracts;
using WellPath.Appointments.ChangeStatus;
using WellPath.Appointments.Reception.StaffNotes;
using WellPath.Appointments.Shared;

namespace WellPath.Appointments.Reception.Shared;

/// <summary>One appointment as the front desk sees it: names instead of ids, local times, the customer, the notes, what may be done next.</summary>
internal sealed record AppointmentLine(
    AppointmentRow Appointment,
    string LocationName,
    string ServiceName,
    string PractitionerName,
    string? RoomName,
    CustomerDetails? Customer,
    IReadOnlyList<StaffNote> Notes,
    IReadOnlyList<StatusActions.Action> Actions)
{
    public Guid Id => Appointment.Id;

    public DateTimeOffset Start => LocalTimes.InZone(Appointment.StartAt, Appointment.TimeZone);

    public DateTimeOffset End => LocalTimes.InZone(Appointment.EndAt, Appointment.TimeZone);

    public DateOnly Date => LocalTimes.DateOf(Start);

    public string CustomerName => Customer?.Name ?? "Unknown customer";

    /// <summary>The actions that are one click; cancelling needs a reason and has a form of its own.</summary>
    public IEnumerable<StatusActions.Action> Buttons => Actions.Where(a => a.Name != "cancel");

    public bool CanCancel => Actions.Any(a => a.Name == "cancel");

    public string ListLink => $"/reception?locationId={Appointment.LocationId}&date={LocalTimes.Iso(Date)}";
}
