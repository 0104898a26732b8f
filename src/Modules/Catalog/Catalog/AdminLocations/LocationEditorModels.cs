namespace WellPath.Catalog.AdminLocations;

// Public because the admin page components take them as parameters; nothing outside this module uses them.
public sealed record LocationEditorView(
    Guid Id, LocationForm Form, IReadOnlyDictionary<string, string[]> Errors, bool CanEdit, bool Saved,
    IReadOnlyList<ClosureLine> Closures, IReadOnlyList<RoomLine> Rooms, IReadOnlyList<RoomTypeOption> RoomTypes)
{
    public string? Error(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>The messages about one weekday's hours, whichever interval they name.</summary>
    public string? DayError(string day) =>
        Errors.Where(e => e.Key == $"openingHours.{day}" || e.Key.StartsWith($"openingHours.{day}[", StringComparison.Ordinal))
            .SelectMany(e => e.Value).DefaultIfEmpty().Aggregate((a, b) => $"{a} {b}");
}

public sealed record LocationForm(
    string Name, string TimeZone, string? Address, string? Phone, string? Email, bool Active, bool Live, IReadOnlyList<DayHours> Hours);

/// <summary>Up to two intervals a day in the editor's grid; more can be set through the API.</summary>
public sealed record DayHours(string Day, string Label, string? Opens1, string? Closes1, string? Opens2, string? Closes2);

public sealed record ClosureLine(string Date, string Time, string Reason);

public sealed record RoomLine(Guid Id, Guid RoomTypeId, string Name, string Type, bool Active);

public sealed record RoomTypeOption(Guid Id, string Name);

public sealed record LocationListRow(Guid Id, string Name, string TimeZone, bool Active, bool Live);
