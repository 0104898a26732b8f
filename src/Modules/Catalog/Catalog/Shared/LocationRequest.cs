namespace WellPath.Catalog.Shared;

/// <summary>
/// The body of POST and PUT <c>/locations</c>. <see cref="Active"/> and <see cref="Live"/> default to true on create
/// and keep their value on update when left out.
/// </summary>
internal sealed record LocationRequest(
    string? Name,
    string? TimeZone,
    string? Address,
    string? Phone,
    string? Email,
    Dictionary<string, List<List<string?>?>?>? OpeningHours,
    bool? Active,
    bool? Live);
