namespace WellPath.Catalog.Tests.Integration;

/// <summary>Valid request bodies, changed per test with <c>with</c>.</summary>
public static class CatalogBodies
{
    public static LocationBody Location(string? name = null, string timeZone = "Europe/London") => new(
        name ?? $"Clinic {Guid.NewGuid():N}",
        timeZone,
        "1 High Street, Bristol",
        "+44 117 000 0000",
        "clinic@wellpath.test",
        new Dictionary<string, string[][]>
        {
            ["monday"] = [["08:00", "12:00"], ["13:00", "18:00"]],
            ["saturday"] = [["09:00", "13:00"]],
        },
        true,
        true);

    /// <summary>A public service with only the required fields, so the defaults apply.</summary>
    public static ServiceBody Service(Guid[] locationIds, Guid[] practitionerIds) => new(
        $"Massage {Guid.NewGuid():N}", 45, 6500, "GBP", locationIds, practitionerIds, "public");

    public sealed record LocationBody(
        string? name, string? timeZone, string? address, string? phone, string? email, object? openingHours, bool? active, bool? live);

    public sealed record ServiceBody(
        string? name, int? durationMinutes, int? priceCents, string? currency, Guid[]? locationIds, Guid[]? practitionerIds, string? visibility)
    {
        public string? category { get; init; }
        public string? description { get; init; }
        public int? stepMinutes { get; init; }
        public int? bufferBeforeMinutes { get; init; }
        public int? bufferAfterMinutes { get; init; }
        public Guid? roomTypeId { get; init; }
        public string? seasonStart { get; init; }
        public string? seasonEnd { get; init; }
        public bool? requiresApproval { get; init; }
        public int? minNoticeMinutes { get; init; }
        public int? maxAdvanceDays { get; init; }
        public int? cancellationWindowHours { get; init; }
        public string? prepNotes { get; init; }
        public string? followUpRule { get; init; }
    }
}
