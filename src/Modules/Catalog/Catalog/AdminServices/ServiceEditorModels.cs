using WellPath.Catalog.Shared;

namespace WellPath.Catalog.AdminServices;

// Public because the admin page components take them as parameters; nothing outside this module uses them.
public sealed record ServiceEditorView(
    Guid? Id, ServiceForm Form, IReadOnlyDictionary<string, string[]> Errors, bool CanEdit, bool Saved,
    IReadOnlyList<CatalogOption> Locations, IReadOnlyList<CatalogOption> Practitioners, IReadOnlyList<CatalogOption> RoomTypes)
{
    public string? Error(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public string Action => Id is { } id ? $"/admin/catalog/services/{id}" : "/admin/catalog/services";
}

/// <summary>The editor's fields as typed, numbers included, so a refused form comes back as it was sent.</summary>
public sealed record ServiceForm(
    string Name, string? Category, string? Description, string? DurationMinutes, string? StepMinutes, string? BufferBeforeMinutes,
    string? BufferAfterMinutes, string? PriceCents, string Currency, string? RoomTypeId, IReadOnlyList<Guid> LocationIds,
    IReadOnlyList<Guid> PractitionerIds, string Visibility, string? SeasonStart, string? SeasonEnd, bool RequiresApproval,
    string? MinNoticeMinutes, string? MaxAdvanceDays, string? CancellationWindowHours, string? PrepNotes, string? FollowUpRule);

public sealed record ServiceListRow(Guid Id, string Name, string? Category, int DurationMinutes, string Price, string Visibility);
