using System.Globalization;
using NodaTime;
using NodaTime.Text;
using WellPath.Catalog.Contracts;

namespace WellPath.Availability.Shared;

/// <summary>One appointment a change would leave outside working time, as the warning lists it (times local to its location).</summary>
internal sealed record ConflictLine(string Reference, string When, string Location, string Service, string Status);

/// <summary>
/// The warning shown instead of saving. <see cref="Fingerprint"/> goes back with "Save anyway"; <see cref="Count"/> may
/// exceed the lines listed, which stop at <see cref="MaxLines"/>.
/// </summary>
internal sealed record ConflictWarning(string Fingerprint, int Count, IReadOnlyList<ConflictLine> Lines)
{
    public const int MaxLines = 100;
}

internal sealed class ConflictWarnings(ICatalogQueries catalog)
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Create("ddd d MMM uuuu", CultureInfo.InvariantCulture);

    public async Task<ConflictWarning> BuildAsync(IReadOnlyList<AppointmentConflict> conflicts, Func<Guid, string> locationName, CancellationToken cancellationToken)
    {
        var listed = conflicts.Take(ConflictWarning.MaxLines).ToList();
        var services = new Dictionary<Guid, string>();
        foreach (var serviceId in listed.Select(c => c.ServiceId).Distinct())
        {
            services[serviceId] = (await catalog.GetServiceRulesAsync(serviceId, cancellationToken))?.Name ?? "Unknown service";
        }
        var lines = listed.Select(c => new ConflictLine(c.Reference, When(c), locationName(c.LocationId), services[c.ServiceId], c.Status.Replace('_', ' '))).ToList();
        return new ConflictWarning(SaveMode.Fingerprint(conflicts), conflicts.Count, lines);
    }

    /// <summary><c>Mon 1 Mar 2027 09:00–10:00</c> on the location's wall clock; the end's date too when it falls on another day.</summary>
    private static string When(AppointmentConflict conflict)
    {
        var start = conflict.Start.InZone(conflict.Zone).LocalDateTime;
        var end = conflict.End.InZone(conflict.Zone).LocalDateTime;
        var endText = end.Date == start.Date ? WallClockText.Format(end.TimeOfDay) : $"{Date.Format(end.Date)} {WallClockText.Format(end.TimeOfDay)}";
        return $"{Date.Format(start.Date)} {WallClockText.Format(start.TimeOfDay)}–{endText}";
    }
}
