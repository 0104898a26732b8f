namespace WellPath.Access.ListTokens;

internal sealed record ListTokensRequest(string? Page);
