namespace WellPath.Access.Shared;

/// <summary>A staff row as the queries read it. A class, not a positional record: Dapper binds arrays by property only.</summary>
internal sealed class StaffRow
{
    public Guid Id { get; init; }

    public string Email { get; init; } = "";

    public string Name { get; init; } = "";

    public string Role { get; init; } = "";

    public Guid? PractitionerId { get; init; }

    public bool Active { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? LastSignInAt { get; init; }

    public Guid[] LocationIds { get; init; } = [];

    public StaffResponse ToResponse() => new(
        Id, Email, Name, Role, LocationIds, PractitionerId, Active, Instants.FromUtc(CreatedAt), LastSignInAt is { } at ? Instants.FromUtc(at) : null);
}
