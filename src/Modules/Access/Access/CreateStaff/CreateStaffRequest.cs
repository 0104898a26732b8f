namespace WellPath.Access.CreateStaff;

internal sealed record CreateStaffRequest(string? Email, string? Name, string? Role, IReadOnlyList<Guid>? LocationIds, Guid? PractitionerId);
