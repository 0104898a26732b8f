namespace WellPath.Catalog.Contracts;

/// <summary>
/// A location's wall-clock schedule. <see cref="TimeZoneId"/> is an IANA id; opening hours map each open weekday to its
/// intervals in order (a missing day is closed); closures are those in the requested date range, ordered by date and start.
/// </summary>
public sealed record LocationSchedule(
    Guid LocationId,
    string Name,
    string TimeZoneId,
    bool Active,
    bool Live,
    IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningInterval>> OpeningHours,
    IReadOnlyList<LocationClosure> Closures);

/// <summary>Half-open local interval [Opens, Closes) on one day.</summary>
public sealed record OpeningInterval(TimeOnly Opens, TimeOnly Closes);

/// <summary>A closure of the whole local date when Start and End are null, else of [Start, End) on that date.</summary>
public sealed record LocationClosure(Guid Id, DateOnly Date, TimeOnly? Start, TimeOnly? End, string Reason)
{
    public bool IsWholeDay => Start is null;
}

public sealed record RoomInfo(Guid Id, string Name);

public sealed record PractitionerInfo(Guid Id, string Name);
