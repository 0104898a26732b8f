using System.Globalization;
using NodaTime;
using NodaTime.Text;
using WellPath.Availability.Engine;
using WellPath.Availability.Shared;
using WellPath.Availability.Slots;
using WellPath.Catalog.Contracts;

namespace WellPath.Availability.SlotPicker;

internal sealed record PickerDay(LocalDate Date, bool HasTimes);

internal sealed record PickerTime(string Label, string Start);

internal sealed record PickerGroup(string Name, IReadOnlyList<PickerTime> Times);

/// <summary>A strip of <see cref="Days"/> days from the chosen one, and the chosen day's free times in the location's local time.</summary>
internal sealed record SlotPickerView(
    Guid ServiceId,
    Guid LocationId,
    Guid? PractitionerId,
    string ServiceName,
    string LocationName,
    string TimeZoneId,
    LocalDate Date,
    LocalDate Today,
    IReadOnlyList<PickerDay> Strip,
    IReadOnlyList<PickerGroup> Groups,
    IReadOnlyList<PractitionerInfo> Practitioners)
{
    public const int Days = 14;

    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static SlotPickerView Build(PreparedSearch search, Guid serviceId, Guid locationId, Guid? practitionerId, LocalDate date, LocalDate today, IReadOnlyList<Slot> slots)
    {
        var zone = search.Query.Location.Zone;
        var byDay = slots
            .Select(s => (Slot: s, Local: s.Start.InZone(zone).LocalDateTime))
            .GroupBy(s => s.Local.Date)
            .ToDictionary(g => g.Key, g => g.ToList());
        var strip = Enumerable.Range(0, Days).Select(i => date.PlusDays(i)).Select(d => new PickerDay(d, byDay.ContainsKey(d))).ToList();
        // Several practitioners free at one time show as one time: "any practitioner" books whichever is free.
        var times = (byDay.GetValueOrDefault(date) ?? [])
            .DistinctBy(s => s.Slot.Start)
            .OrderBy(s => s.Slot.Start)
            .Select(s => (Hour: s.Local.Hour, Time: new PickerTime(Clock.Format(s.Local.TimeOfDay), WallClockText.Format(s.Slot.Start, zone))))
            .ToList();
        var groups = new List<PickerGroup>
        {
            new("Morning", times.Where(t => t.Hour < 12).Select(t => t.Time).ToList()),
            new("Afternoon", times.Where(t => t.Hour is >= 12 and < 17).Select(t => t.Time).ToList()),
            new("Evening", times.Where(t => t.Hour >= 17).Select(t => t.Time).ToList()),
        };
        return new SlotPickerView(serviceId, locationId, practitionerId, search.ServiceName, search.LocationName, search.TimeZoneId,
            date, today, strip, groups.Where(g => g.Times.Count > 0).ToList(), search.Practitioners);
    }

    public bool HasTimes => Groups.Count > 0;

    public PickerDay? NextFreeDay => Strip.FirstOrDefault(d => d.HasTimes && d.Date > Date);

    public string DayLink(LocalDate day) =>
        $"/book/slots?serviceId={ServiceId}&locationId={LocationId}&date={Iso(day)}{(PractitionerId is { } p ? $"&practitionerId={p}" : "")}";

    public string DetailsLink(PickerTime time) =>
        $"/book/details?serviceId={ServiceId}&locationId={LocationId}&start={Uri.EscapeDataString(time.Start)}&practitionerId={PractitionerId}";

    public LocalDate? EarlierStart => Date > Today ? LocalDate.Max(Today, Date.PlusDays(-Days)) : null;

    public LocalDate LaterStart => Date.PlusDays(Days);

    public static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    public static string Short(LocalDate day) => day.ToString("ddd d", CultureInfo.InvariantCulture);

    public static string Long(LocalDate day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
