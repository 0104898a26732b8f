namespace WellPath.Access.Shared;

internal sealed record StaffResponse(
    Guid Id,
    string Email,
    string Name,
    string Role,
    IReadOnlyList<Guid> LocationIds,
    Guid? PractitionerId,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt = null);
