using WellPath.Catalog.Shared;

namespace WellPath.Catalog.AdminPractitioners;

// Public because the admin page components take them as parameters; nothing outside this module uses them.
public sealed record PractitionerEditorView(
    Guid? Id, PractitionerForm Form, IReadOnlyDictionary<string, string[]> Errors, bool CanEdit, bool Saved,
    IReadOnlyList<CatalogOption> Locations, IReadOnlyList<CatalogOption> Services)
{
    public string? Error(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public string Action => Id is { } id ? $"/admin/catalog/practitioners/{id}" : "/admin/catalog/practitioners";
}

public sealed record PractitionerForm(string Name, string? Email, string? StaffId, bool Active, IReadOnlyList<Guid> LocationIds);

public sealed record PractitionerListRow(Guid Id, string Name, string? Email, int Locations, bool Active);
