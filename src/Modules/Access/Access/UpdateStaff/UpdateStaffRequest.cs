namespace WellPath.Access.UpdateStaff;

/// <summary>A partial update: a field left out (or null) keeps its value.</summary>
internal sealed record UpdateStaffRequest(string? Role, IReadOnlyList<Guid>? LocationIds, Guid? PractitionerId);
