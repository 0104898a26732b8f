namespace WellPath.Catalog.Shared;

/// <summary>
/// The body of POST and PUT <c>/practitioners</c>. <see cref="StaffId"/> links the practitioner to their staff account, when they
/// have one; <see cref="Active"/> defaults to true on create and keeps its value on update when left out.
/// </summary>
internal sealed record PractitionerRequest(string? Name, string? Email, IReadOnlyList<Guid>? LocationIds, Guid? StaffId, bool? Active);
