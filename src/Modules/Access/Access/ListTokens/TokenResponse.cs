namespace WellPath.Access.ListTokens;

/// <summary>A token as admins see it: never its secret or hash, only the first characters to recognise it by.</summary>
internal sealed record TokenResponse(
    Guid Id,
    string Name,
    Guid StaffId,
    string StaffName,
    string Prefix,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt);

internal sealed record TokenList(IReadOnlyList<TokenResponse> Items, int Page, bool HasMore)
{
    public int? NextPage => HasMore ? Page + 1 : null;
}

internal sealed record StaffOption(Guid Id, string Name, string Email);
