using System.Text.Json;

namespace WellPath.Access.ListAuditEvents;

/// <summary>One audit event; <see cref="ActorName"/> is the staff member's current name when the actor is one.</summary>
internal sealed record AuditEventResponse(
    Guid Id,
    DateTimeOffset OccurredAt,
    string ActorId,
    string ActorKind,
    string? ActorName,
    string Action,
    string RecordType,
    string RecordId,
    string? Address,
    string? RequestId,
    JsonElement? Changes);

internal sealed record AuditEventList(IReadOnlyList<AuditEventResponse> Items, int Page, bool HasMore)
{
    public int? NextPage => HasMore ? Page + 1 : null;
}
