namespace WellPath.Catalog.CreatePractitioner;

/// <summary><see cref="StaffId"/> links the practitioner to their staff account, when they have one.</summary>
internal sealed record CreatePractitionerRequest(string? Name, string? Email, IReadOnlyList<Guid>? LocationIds, Guid? StaffId, bool? Active);
