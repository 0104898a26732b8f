using System.Text.Json;

namespace WellPath.SharedKernel.Audit;

/// <summary>Reads the audit trail of some records, for a module's own timelines; the caller has checked the reader may see them.</summary>
public interface IAuditReader
{
    /// <summary>The events of the records of <paramref name="recordType"/> with these ids, oldest first.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadAsync(string recordType, IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken);
}

public sealed record AuditRecord(Guid Id, DateTimeOffset OccurredAt, string ActorId, string ActorKind, string Action, string RecordId, JsonElement? Changes)
{
    /// <summary>An event's <c>changes</c> column as read from the database (jsonb as text).</summary>
    public static JsonElement? ParseChanges(string? json)
    {
        if (json is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
