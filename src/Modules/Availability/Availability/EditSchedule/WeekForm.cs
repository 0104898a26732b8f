using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using WellPath.Availability.WeeklySchedule;

namespace WellPath.Availability.EditSchedule;

/// <summary>
/// The week form posts each field once per row (<c>start=09:00&amp;start=13:00…</c>); rows with no times are left out.
/// Errors of the API's request (<c>rules[2].end</c>) are mapped back to the row they came from.
/// </summary>
internal static partial class WeekForm
{
    private static readonly char[] BreakSeparators = [',', ';', '\n'];

    public static List<WeekRow> Read(IFormCollection form)
    {
        var count = form["start"].Count;
        return Enumerable.Range(0, count).Select(i => new WeekRow(
            At(form, "weekday", i), At(form, "locationId", i), At(form, "start", i), At(form, "end", i),
            At(form, "breaks", i), At(form, "from", i), At(form, "until", i))).ToList();
    }

    public static (ReplaceWeeklyScheduleRequest Request, List<int> RowOfRule, Dictionary<string, string[]> Errors) ToRequest(IReadOnlyList<WeekRow> rows)
    {
        var rules = new List<WeeklyRuleRequest>();
        var rowOfRule = new List<int>();
        var errors = new Dictionary<string, string[]>();
        for (var row = 0; row < rows.Count; row++)
        {
            var value = rows[row];
            if (value.IsBlank)
            {
                continue;
            }
            var from = Date(value.From, out var badFrom);
            var until = Date(value.Until, out var badUntil);
            if (badFrom || badUntil)
            {
                errors[$"rules[{rules.Count}].effectiveFrom"] = ["Effective dates are days written YYYY-MM-DD."];
            }
            rules.Add(new WeeklyRuleRequest(
                value.Weekday, Guid.TryParse(value.LocationId, out var location) ? location : null, value.Start, value.End, Breaks(value.Breaks), from, until));
            rowOfRule.Add(row);
        }
        return (new ReplaceWeeklyScheduleRequest(rules), rowOfRule, errors);
    }

    public static (Dictionary<int, string[]> ByRow, List<string> Week) Place(IReadOnlyDictionary<string, string[]> errors, IReadOnlyList<int> rowOfRule)
    {
        var byRow = new Dictionary<int, string[]>();
        var week = new List<string>();
        foreach (var (key, messages) in errors)
        {
            var match = RuleKey().Match(key);
            if (match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var rule && rule < rowOfRule.Count)
            {
                var row = rowOfRule[rule];
                byRow[row] = [.. byRow.GetValueOrDefault(row, []), .. messages];
            }
            else
            {
                week.AddRange(messages);
            }
        }
        return (byRow, week);
    }

    private static List<BreakRequest> Breaks(string text) =>
        text.Split(BreakSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('-', 2, StringSplitOptions.TrimEntries) is [var start, var end] ? new BreakRequest(start, end) : new BreakRequest(part, null))
            .ToList();

    private static DateOnly? Date(string text, out bool bad)
    {
        bad = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        bad = !DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        return bad ? null : date;
    }

    private static string At(IFormCollection form, string field, int index) =>
        form[field] is { Count: > 0 } values && index < values.Count ? values[index] ?? "" : "";

    [GeneratedRegex(@"^rules\[(\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex RuleKey();
}
