namespace WellPath.Access.Contracts;

/// <summary>A staff member signed in; other modules may react (e.g. a practitioner's first sign-in).</summary>
public sealed record StaffSignedIn(Guid StaffId, string Role, DateTimeOffset At);
