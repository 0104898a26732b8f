using WellPath.Access.Contracts;
using WellPath.Appointments.ChangeStatus;
using WellPath.Appointments.Reception.StaffNotes;
using WellPath.Appointments.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.Shared;

/// <summary>
/// Turns appointments into lines for the screens with a fixed number of queries whatever the number of rows. The
/// customers' details are a sensitive read, audited by the customer directory for every customer shown.
/// </summary>
internal sealed class AppointmentLines(ICatalogDirectory catalog, ICustomerDirectory customers, StaffNoteReader notes)
{
    public async Task<IReadOnlyList<AppointmentLine>> BuildAsync(IReadOnlyList<AppointmentRow> rows, CallerScope caller, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var locations = (await catalog.GetLocationsAsync(cancellationToken)).ToDictionary(l => l.Id, l => l.Name);
        var services = (await catalog.GetServicesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        var practitioners = (await catalog.GetPractitionersAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        var rooms = (await catalog.GetRoomsAsync(rows.Select(r => r.LocationId).Distinct().ToList(), cancellationToken)).ToDictionary(r => r.Id, r => r.Name);
        var people = await customers.FindManyAsync(rows.Select(r => r.CustomerId).Distinct().ToList(), cancellationToken);
        var written = await notes.ReadAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => new AppointmentLine(
                r,
                locations.GetValueOrDefault(r.LocationId, "Closed location"),
                services.GetValueOrDefault(r.ServiceId, "Unknown service"),
                practitioners.GetValueOrDefault(r.PractitionerId, "Former practitioner"),
                r.RoomId is { } room ? rooms.GetValueOrDefault(room) : null,
                people.GetValueOrDefault(r.CustomerId),
                written[r.Id].ToList(),
                ActionsFor(r.Status, caller)))
            .ToList();
    }

    /// <summary>What this caller may do next to an appointment in this status, in the lifecycle's order.</summary>
    public static IReadOnlyList<StatusActions.Action> ActionsFor(string status, CallerScope caller) =>
        StatusActions.All.Where(a => a.From.Contains(status) && caller.Role is not null && a.Roles.Contains(caller.Role)).ToList();
}
