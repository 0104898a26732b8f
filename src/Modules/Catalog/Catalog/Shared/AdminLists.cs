using Npgsql;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.Shared;

/// <summary>What the admin lists share: the location filter, text search and the page's parameters.</summary>
internal static class AdminLists
{
    public static async Task<IReadOnlyList<CatalogOption>> LocationOptionsAsync(
        NpgsqlConnection connection, LocationReader locations, CallerScope caller, CancellationToken cancellationToken) =>
        (await locations.ReadAsync(connection, null, caller, null, cancellationToken)).Select(l => new CatalogOption(l.Id, l.Name)).ToList();

    public static bool Matches(string? query, string text) =>
        string.IsNullOrWhiteSpace(query) || text.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase);

    public static Dictionary<string, object?> Parameters<TRow>(
        IReadOnlyList<TRow> rows, IReadOnlyList<CatalogOption> locations, string? query, Guid? locationId, CallerScope caller) => new()
    {
        ["Rows"] = rows, ["Locations"] = locations, ["Query"] = query, ["LocationId"] = locationId, ["CanCreate"] = caller.Role == Roles.Admin,
    };
}
