using NodaTime;
using WellPath.Availability.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Availability.EditSchedule;

/// <summary>One rule as the form shows it: every field text, so a refused submission comes back exactly as typed.</summary>
internal sealed record WeekRow(string Weekday, string LocationId, string Start, string End, string Breaks, string From, string Until)
{
    public static readonly WeekRow Blank = new("monday", "", "", "", "", "", "");

    public bool IsBlank => string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End) && string.IsNullOrWhiteSpace(Breaks);
}

/// <summary><see cref="CanRemove"/> is false for extra hours at a location the caller does not manage.</summary>
internal sealed record ExceptionItem(Guid Id, string Kind, string Reason, Guid? LocationId, string Start, string End, bool CanRemove);

/// <summary>The warning shown, below the exceptions, instead of removing the exception <see cref="ExceptionId"/>.</summary>
internal sealed record ExceptionRemovalWarning(Guid ExceptionId, ConflictWarning Warning);

internal sealed record ExceptionFormValues(string Kind, string Reason, string LocationId, string Start, string End)
{
    public static readonly ExceptionFormValues Empty = new("unavailable", "holiday", "", "", "");
}

/// <summary>
/// A practitioner's schedule page. <see cref="Saved"/> is every rule (the grid); the form edits the rules at
/// <see cref="EditableLocationIds"/> and shows the others, which another location's manager changes, read-only.
/// </summary>
internal sealed record ScheduleView(
    PractitionerAssignment Practitioner,
    IReadOnlyDictionary<Guid, string> LocationNames,
    IReadOnlyList<Guid> EditableLocationIds,
    IReadOnlyList<WeekRow> Saved,
    IReadOnlyList<ExceptionItem> Exceptions)
{
    public const int BlankRows = 3;

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public IReadOnlyList<WeekRow> FormRows { get; init; } = [];

    /// <summary>Keyed by form row: the messages about that rule.</summary>
    public IReadOnlyDictionary<int, string[]> RowErrors { get; init; } = new Dictionary<int, string[]>();

    public IReadOnlyList<string> WeekErrors { get; init; } = [];

    public ExceptionFormValues ExceptionForm { get; init; } = ExceptionFormValues.Empty;

    public IReadOnlyDictionary<string, string[]> ExceptionErrors { get; init; } = NoErrors;

    public string? WeekNotice { get; init; }

    public ConflictWarning? WeekWarning { get; init; }

    public string? ExceptionNotice { get; init; }

    public ConflictWarning? ExceptionWarning { get; init; }

    public ExceptionRemovalWarning? RemovalWarning { get; init; }

    public IReadOnlyList<WeekRow> ReadOnlyRows => [.. Saved.Where(r => !IsEditable(r))];

    public bool IsEditable(WeekRow row) => Guid.TryParse(row.LocationId, out var id) && EditableLocationIds.Contains(id);

    public string LocationName(Guid? id) => id is { } known ? LocationNames.GetValueOrDefault(known, "Unknown location") : "Every location";

    public string LocationName(string id) => Guid.TryParse(id, out var known) ? LocationName(known) : "";
}

/// <summary>Loads what the schedule page shows, for a practitioner the caller may edit (null otherwise: 404).</summary>
internal sealed class ScheduleViewLoader(PractitionerAccess access, ICatalogDirectory directory, ScheduleStore store, TimeProvider clock)
{
    public async Task<ScheduleView?> LoadAsync(Guid practitionerId, CallerScope caller, CancellationToken cancellationToken)
    {
        var practitioner = await access.FindEditableAsync(practitionerId, caller, cancellationToken);
        if (practitioner is null)
        {
            return null;
        }
        var locations = await directory.GetLocationsAsync(cancellationToken);
        var editable = practitioner.LocationIds.Where(l => PractitionerAccess.MayChangeAt(caller, l)).ToList();
        var today = LocalDate.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var loaded = await store.LoadAsync([practitionerId], today, today.PlusYears(3), cancellationToken);
        var saved = loaded.Rules.Select(r => new WeekRow(
            WallClockText.Weekdays[r.Weekday - 1], r.LocationId.ToString(), r.StartTime.ToString("HH:mm"), r.EndTime.ToString("HH:mm"),
            string.Join(", ", r.BreakStarts.Zip(r.BreakEnds, (s, e) => $"{s:HH:mm}-{e:HH:mm}")),
            r.EffectiveFrom?.ToString("yyyy-MM-dd") ?? "", r.EffectiveUntil?.ToString("yyyy-MM-dd") ?? "")).ToList();
        var exceptions = loaded.Exceptions.Select(e => new ExceptionItem(
            e.Id, e.Kind, e.Reason, e.LocationId, e.StartLocal.ToString("yyyy-MM-dd HH:mm"), e.EndLocal.ToString("yyyy-MM-dd HH:mm"),
            e.LocationId is not { } at ? editable.Count > 0 : editable.Contains(at))).ToList();
        var view = new ScheduleView(practitioner, locations.ToDictionary(l => l.Id, l => l.Name), editable, saved, exceptions);
        return view with { FormRows = [.. saved.Where(view.IsEditable), .. Enumerable.Repeat(WeekRow.Blank, ScheduleView.BlankRows)] };
    }
}
