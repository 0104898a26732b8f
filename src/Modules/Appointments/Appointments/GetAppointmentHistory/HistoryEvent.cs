using System.Text.Json;
using System.Text.Json.Nodes;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.GetAppointmentHistory;

/// <summary>
/// One line of an appointment's timeline: <see cref="Action"/> is the audit action without its <c>appointment.</c> prefix
/// (booked, rescheduled, confirm, decline, check-in, complete, no-show, cancel); <see cref="Details"/> its before and after.
/// A customer reading their own history sees staff by role only, and no internal notes or override reasons.
/// </summary>
internal sealed record HistoryEvent(string At, string Actor, string Action, JsonObject Details, Guid AppointmentId)
{
    private static readonly string[] Hidden = ["by"];
    private static readonly string[] HiddenFromCustomers = ["by", "note", "notes", "overrideReason"];

    public static HistoryEvent From(AuditRecord record, string timeZone, bool forCustomer)
    {
        var changes = record.Changes is { ValueKind: JsonValueKind.Object } c ? JsonObject.Create(c)! : [];
        var by = changes["by"] is JsonObject actor ? actor.Deserialize<AuditActor>(SharedKernel.Web.JsonDefaults.Options) : null;
        Remove(changes, forCustomer ? HiddenFromCustomers : Hidden);
        return new HistoryEvent(
            AppointmentResponse.Format(record.OccurredAt, timeZone),
            ActorLabel(record, by, forCustomer),
            record.Action.StartsWith(AppointmentTrail.ActionPrefix, StringComparison.Ordinal) ? record.Action[AppointmentTrail.ActionPrefix.Length..] : record.Action,
            changes,
            Guid.TryParse(record.RecordId, out var id) ? id : Guid.Empty);
    }

    /// <summary>"Jo Bloggs (reception)"; the role alone for staff seen by a customer; the audit row's actor kind for older entries.</summary>
    private static string ActorLabel(AuditRecord record, AuditActor? by, bool forCustomer)
    {
        if (by is null)
        {
            return record.ActorKind;
        }
        var role = by.Role.Replace('_', ' ');
        var staffSeenByCustomer = forCustomer && by.Role != Roles.Customer;
        return by.Name is null || by.Role == AuditActor.Anonymous || staffSeenByCustomer ? role : $"{by.Name} ({role})";
    }

    private static void Remove(JsonNode? node, string[] keys)
    {
        if (node is JsonObject value)
        {
            foreach (var key in keys)
            {
                value.Remove(key);
            }
            foreach (var (_, child) in value)
            {
                Remove(child, keys);
            }
        }
    }
}
