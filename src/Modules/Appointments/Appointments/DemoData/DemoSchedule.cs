namespace WellPath.Appointments.DemoData;

/// <summary>
/// The demo catalog and rosters as they stand in the start-up transaction: what the demo bookings must fit into.
/// Weekdays are <see cref="DayOfWeek"/>; times are wall-clock times of the location's zone.
/// </summary>
internal sealed record DemoSchedule(
    IReadOnlyList<DemoClinic> Clinics,
    IReadOnlyList<DemoRule> Rules,
    IReadOnlyList<DemoOffer> Offers,
    IReadOnlyList<DemoRoom> Rooms,
    IReadOnlyList<DemoAbsence> Absences);

internal sealed record DemoClinic(Guid Id, string TimeZoneId, IReadOnlyList<DemoHours> Hours, IReadOnlyList<DemoClosure> Closures);

internal sealed record DemoHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>A whole day when <see cref="Start"/> is null.</summary>
internal sealed record DemoClosure(DateOnly Date, TimeOnly? Start, TimeOnly? End);

internal sealed record DemoRule(
    Guid PractitionerId, Guid LocationId, DayOfWeek Day, TimeOnly Start, TimeOnly End, DateOnly? From, DateOnly? Until, IReadOnlyList<(TimeOnly Start, TimeOnly End)> Breaks)
{
    public bool AppliesOn(DateOnly date) => date.DayOfWeek == Day && (From is null || From <= date) && (Until is null || date <= Until);
}

/// <summary>A service as one practitioner offers it at one location.</summary>
internal sealed record DemoOffer(
    Guid ServiceId, string Name, Guid LocationId, Guid PractitionerId, int Duration, int Step, int BufferBefore, int BufferAfter, Guid? RoomTypeId,
    bool RequiresApproval, int MinNoticeMinutes, int CancellationWindowHours, string Visibility, DateOnly? SeasonStart, DateOnly? SeasonEnd)
{
    /// <summary>Staff may book public and internal services, seasonal ones in their season, inactive ones never.</summary>
    public bool BookableOn(DateOnly date) => Visibility switch
    {
        "public" or "internal" => true,
        "seasonal" => SeasonStart <= date && date <= SeasonEnd,
        _ => false,
    };
}

internal sealed record DemoRoom(Guid Id, Guid LocationId, Guid RoomTypeId);

/// <summary>An exception that makes the practitioner unavailable, in wall-clock time wherever they work.</summary>
internal sealed record DemoAbsence(Guid PractitionerId, DateTime StartLocal, DateTime EndLocal);
