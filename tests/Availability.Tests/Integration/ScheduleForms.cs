using AngleSharp.Html.Dom;

namespace WellPath.Availability.Tests.Integration;

/// <summary>The schedule page's forms as a browser posts them, and what the page shows.</summary>
internal static class ScheduleForms
{
    /// <summary>One line of the week form.</summary>
    public static KeyValuePair<string, string>[] Row(string weekday, Guid location, string start, string end, string breaks = "", string from = "", string until = "") =>
    [
        new("weekday", weekday), new("locationId", location.ToString()), new("start", start), new("end", end),
        new("breaks", breaks), new("from", from), new("until", until),
    ];

    public static KeyValuePair<string, string>[] Exception(string kind, string reason, Guid? location, string start, string end) =>
    [
        new("kind", kind), new("reason", reason), new("locationId", location?.ToString() ?? ""), new("start", start), new("end", end),
    ];

    /// <summary>The roster grid's rules of a weekday, whitespace collapsed.</summary>
    public static List<string> Rules(IHtmlDocument page, string weekday) =>
        page.QuerySelectorAll($"[data-weekday={weekday}] [data-testid=roster-rule]").Select(r => Text(r.TextContent)).ToList();

    public static string Text(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
