namespace WellPath.Catalog.Shared;

internal sealed record LocationResponse(
    Guid Id,
    string Name,
    string TimeZone,
    string? Address,
    string? Phone,
    string? Email,
    IReadOnlyDictionary<string, IReadOnlyList<string[]>> OpeningHours,
    bool Active,
    bool Live);
