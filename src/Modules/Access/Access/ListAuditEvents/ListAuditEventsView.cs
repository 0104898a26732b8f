namespace WellPath.Access.ListAuditEvents;

internal sealed record ListAuditEventsView(
    ListAuditEventsRequest Filter, AuditEventList? List, IReadOnlyDictionary<string, string[]> Errors, TimeZoneInfo Zone)
{
    public IReadOnlyDictionary<string, string?> Query => new Dictionary<string, string?>
    {
        ["actorId"] = Filter.ActorId,
        ["recordType"] = Filter.RecordType,
        ["recordId"] = Filter.RecordId,
        ["action"] = Filter.Action,
        ["from"] = Filter.From,
        ["to"] = Filter.To,
        ["zone"] = Filter.Zone,
    };
}
