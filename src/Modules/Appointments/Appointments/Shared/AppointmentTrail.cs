using System.Text.Json;
using System.Text.Json.Nodes;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.Shared;

/// <summary>
/// The audit entries and events of appointments. Each entry keeps who acted as <c>by</c> (role and name at the time):
/// the audit row itself knows only an actor id, and a timeline is read by people.
/// </summary>
internal static class AppointmentTrail
{
    public const string RecordType = "appointment";

    public const string Module = "appointments";

    public const string ActionPrefix = "appointment.";

    public static AuditEntry Entry(string action, Guid appointmentId, CallerScope caller, object details)
    {
        var changes = JsonSerializer.SerializeToNode(details, JsonDefaults.Options)!.AsObject();
        changes["by"] = JsonSerializer.SerializeToNode(new AuditActor(caller.Role ?? AuditActor.Anonymous, caller.Name), JsonDefaults.Options);
        var entry = new AuditEntry(ActionPrefix + action, RecordType, appointmentId.ToString(), changes);
        // A customer may act through a manage link, without a session: the caller, not the request, says who it was.
        return caller.Role == Roles.Customer ? entry with { ActorId = caller.ActorId, ActorKind = Roles.Customer } : entry;
    }
}

internal sealed record AuditActor(string Role, string? Name)
{
    public const string Anonymous = "anonymous";
}
