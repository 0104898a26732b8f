using System.Globalization;
using NodaTime;
using NodaTime.Text;
using WellPath.Catalog.Contracts;

namespace WellPath.Availability.LocationRoster;

/// <summary>A practitioner's day at the location: working windows (exceptions applied) and the exceptions that touch it.</summary>
internal sealed record RosterCell(IReadOnlyList<string> Windows, IReadOnlyList<string> Notes);

internal sealed record RosterLine(Guid PractitionerId, string Name, IReadOnlyList<RosterCell> Days);

/// <summary>One location's week, Monday to Sunday on the location's calendar, for every practitioner assigned there.</summary>
internal sealed record LocationRosterView(LocationInfo Location, LocalDate Monday, IReadOnlyList<RosterLine> Lines, bool CanEditSchedules)
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern Heading = LocalDatePattern.Create("ddd d MMM", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern Long = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    public string WeekText { get; init; } = "";

    public string? WeekError { get; init; }

    public IEnumerable<LocalDate> Dates => Enumerable.Range(0, 7).Select(Monday.PlusDays);

    public string Title => $"Week of {Long.Format(Monday)}";

    public string Link(LocalDate monday) => $"/staff/rosters/{Location.Id}?week={Iso.Format(monday)}";

    public string PreviousWeek => Link(Monday.PlusWeeks(-1));

    public string NextWeek => Link(Monday.PlusWeeks(1));

    public static string DayHeading(LocalDate date) => Heading.Format(date);

    public static string IsoDate(LocalDate date) => Iso.Format(date);
}
