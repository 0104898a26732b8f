namespace WellPath.Access.CreateToken;

internal sealed record CreateTokenRequest(string? Name, Guid? StaffId);

/// <summary>The secret is shown here, once; only its hash is kept.</summary>
internal sealed record CreatedTokenResponse(Guid Id, string Token, string Name, Guid StaffId, DateTimeOffset CreatedAt);
