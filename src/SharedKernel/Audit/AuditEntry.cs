namespace WellPath.SharedKernel.Audit;

/// <summary>
/// One audited fact: <paramref name="Action"/> (e.g. <c>appointment.cancelled</c>) on a record,
/// with what changed (before and after) or what was read.
/// </summary>
public sealed record AuditEntry(string Action, string RecordType, string RecordId, object? Changes = null)
{
    /// <summary>Set when the actor is known but not yet the request's user (e.g. while signing in).</summary>
    public string? ActorId { get; init; }

    public string? ActorKind { get; init; }
}
