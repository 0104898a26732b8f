using System.Globalization;
using Microsoft.AspNetCore.Http;
using WellPath.Catalog.Shared;

namespace WellPath.Catalog.AdminLocations;

/// <summary>Between the editor's form fields and the API's request and answer, so both go through one validator and one handler.</summary>
internal static class LocationForms
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static LocationForm From(LocationResponse location) => new(
        location.Name, location.TimeZone, location.Address, location.Phone, location.Email, location.Active, location.Live,
        OpeningHours.Week.Select(day =>
        {
            var name = OpeningHours.Name(day);
            var intervals = location.OpeningHours.TryGetValue(name, out var found) ? found : [];
            return new DayHours(name, English.DateTimeFormat.GetDayName(day),
                intervals.ElementAtOrDefault(0)?[0], intervals.ElementAtOrDefault(0)?[1], intervals.ElementAtOrDefault(1)?[0], intervals.ElementAtOrDefault(1)?[1]);
        }).ToList());

    public static LocationForm From(IFormCollection form) => new(
        form["Name"].ToString(), form["TimeZone"].ToString(), form["Address"], form["Phone"], form["Email"],
        form["Active"] == "true", form["Live"] == "true",
        OpeningHours.Week.Select(day =>
        {
            var name = OpeningHours.Name(day);
            return new DayHours(name, English.DateTimeFormat.GetDayName(day),
                form[$"{name}.opens1"], form[$"{name}.closes1"], form[$"{name}.opens2"], form[$"{name}.closes2"]);
        }).ToList());

    /// <summary>A day with neither time of an interval is closed then; a half-filled interval reaches the validator and is refused.</summary>
    public static LocationRequest Request(LocationForm form) => new(
        form.Name, form.TimeZone, form.Address.TrimToNull(), form.Phone.TrimToNull(), form.Email.TrimToNull(),
        form.Hours.Select(d => (d.Day, Intervals: Intervals(d))).Where(d => d.Intervals.Count > 0)
            .ToDictionary(d => d.Day, d => (List<List<string?>?>?)d.Intervals),
        form.Active, form.Live);

    private static List<List<string?>?> Intervals(DayHours day) =>
        new[] { (day.Opens1, day.Closes1), (day.Opens2, day.Closes2) }
            .Where(i => !string.IsNullOrEmpty(i.Item1) || !string.IsNullOrEmpty(i.Item2))
            .Select(i => (List<string?>?)[i.Item1, i.Item2])
            .ToList();
}
