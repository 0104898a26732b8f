namespace WellPath.Catalog.ClinicPages;

// Public because the public page components take them as parameters; nothing outside this module uses them.
public sealed record ClinicCard(Guid Id, string Name, string? Address, string? Phone, IReadOnlyList<OpeningLine> Hours);

public sealed record OpeningLine(string Day, string Hours);

public sealed record ServiceCategoryView(string Name, IReadOnlyList<ServiceCard> Services);

public sealed record ServiceCard(
    string Name, string? Description, string Duration, string Price, string? PrepNotes, string CancellationPolicy, string? Season,
    bool RequiresApproval, string BookUrl);
