namespace WellPath.Catalog.Shared;

internal sealed record PractitionerResponse(Guid Id, string Name, string? Email, Guid? StaffId, Guid[] LocationIds, bool Active);
