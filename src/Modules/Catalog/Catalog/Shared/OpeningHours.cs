namespace WellPath.Catalog.Shared;

/// <summary>
/// The API's <c>openingHours</c> shape, <c>{"monday": [["08:00","18:00"]]}</c>: lowercase weekday names, half-open
/// intervals that close after they open on the same day and do not overlap; a missing day is closed.
/// </summary>
internal static class OpeningHours
{
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly Dictionary<string, DayOfWeek> ByName = Week.ToDictionary(Name, d => d, StringComparer.Ordinal);

    public static string Name(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static IEnumerable<(string Field, string Message)> Problems(IReadOnlyDictionary<string, List<List<string?>?>?>? hours)
    {
        if (hours is null)
        {
            yield return ("openingHours", "Give the opening hours (a missing day is closed).");
            yield break;
        }
        foreach (var (day, intervals) in hours)
        {
            var field = $"openingHours.{day}";
            if (!ByName.ContainsKey(day))
            {
                yield return (field, $"'{day}' is not a weekday; use monday to sunday in lowercase.");
                continue;
            }
            if (intervals is null || intervals.Count > 12)
            {
                yield return (field, "Give a list of at most 12 [\"HH:mm\", \"HH:mm\"] intervals.");
                continue;
            }
            foreach (var problem in IntervalProblems(field, intervals))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<(string Field, string Message)> IntervalProblems(string field, List<List<string?>?> intervals)
    {
        var parsed = new List<(TimeOnly Opens, TimeOnly Closes)>();
        for (var i = 0; i < intervals.Count; i++)
        {
            var pair = intervals[i];
            if (pair is not { Count: 2 } || !LocalFormats.TryParseTime(pair[0], out var opens) || !LocalFormats.TryParseTime(pair[1], out var closes))
            {
                yield return ($"{field}[{i}]", "An interval is [\"HH:mm\", \"HH:mm\"].");
            }
            else if (closes <= opens)
            {
                yield return ($"{field}[{i}]", "An interval closes after it opens, on the same day.");
            }
            else
            {
                parsed.Add((opens, closes));
            }
        }
        var ordered = parsed.OrderBy(p => p.Opens).ToList();
        if (ordered.Zip(ordered.Skip(1)).Any(p => p.Second.Opens < p.First.Closes))
        {
            yield return (field, "The intervals of a day overlap.");
        }
    }

    /// <summary>The rows of valid opening hours (see <see cref="Problems"/>).</summary>
    public static IReadOnlyList<OpeningRow> Rows(IReadOnlyDictionary<string, List<List<string?>?>?> hours) =>
        hours.SelectMany(day => day.Value!.Select(pair => new OpeningRow(
                (short)ByName[day.Key], LocalFormats.Time(pair![0])!.Value, LocalFormats.Time(pair[1])!.Value)))
            .OrderBy(r => r.Weekday).ThenBy(r => r.Opens)
            .ToList();

    /// <summary>The API shape, Monday first, open days only.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string[]>> ToApi(IEnumerable<OpeningRow> rows)
    {
        var byDay = rows.ToLookup(r => (DayOfWeek)r.Weekday);
        return Week.Where(byDay.Contains).ToDictionary(
            Name,
            day => (IReadOnlyList<string[]>)byDay[day].OrderBy(r => r.Opens).Select(r => new[] { LocalFormats.Format(r.Opens), LocalFormats.Format(r.Closes) }).ToList());
    }
}

/// <summary>One opening interval; <see cref="Weekday"/> is the <see cref="DayOfWeek"/> number (0 = Sunday).</summary>
internal sealed record OpeningRow(short Weekday, TimeOnly Opens, TimeOnly Closes);
