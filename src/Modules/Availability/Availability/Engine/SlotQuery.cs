using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>Everything the engine needs for one service at one location, loaded up front: the engine does no I/O.</summary>
internal sealed record SlotQuery(
    ServiceRules Service,
    LocationCalendar Location,
    IReadOnlyList<PractitionerCalendar> Practitioners,
    IReadOnlyList<Guid> Rooms,
    IReadOnlyList<BlockedRange> Blocked,
    Instant Now,
    bool CallerIsStaff);

internal enum ServiceVisibility
{
    Public,
    Internal,
    Seasonal,
    Inactive,
}

internal sealed record ServiceRules(
    int DurationMinutes,
    int StepMinutes,
    int BufferBeforeMinutes,
    int BufferAfterMinutes,
    bool RequiresRoom,
    int MinNoticeMinutes,
    int MaxAdvanceDays,
    ServiceVisibility Visibility,
    LocalDate? SeasonStart = null,
    LocalDate? SeasonEnd = null);

internal readonly record struct LocalRange(LocalTime Start, LocalTime End);

internal sealed record OpeningHours(IsoDayOfWeek Day, LocalTime Opens, LocalTime Closes);

/// <summary>A whole local date when <see cref="Times"/> is null, else a local time range on it.</summary>
internal sealed record Closure(LocalDate Date, LocalRange? Times = null);

internal sealed record LocationCalendar(DateTimeZone Zone, IReadOnlyList<OpeningHours> OpeningHours, IReadOnlyList<Closure> Closures);

internal sealed record WeeklyRule(IsoDayOfWeek Day, LocalTime Start, LocalTime End, IReadOnlyList<LocalRange> Breaks, LocalDate? EffectiveFrom = null, LocalDate? EffectiveUntil = null)
{
    public bool AppliesOn(LocalDate date) =>
        date.DayOfWeek == Day && (EffectiveFrom is null || date >= EffectiveFrom) && (EffectiveUntil is null || date <= EffectiveUntil);
}

/// <summary>
/// Unavailable exceptions apply at every location; available ones are given only for the location asked about.
/// </summary>
internal sealed record ScheduleException(bool Available, LocalDateTime Start, LocalDateTime End);

/// <summary>A practitioner's weekly rules at the location asked about, and their exceptions.</summary>
internal sealed record PractitionerCalendar(Guid PractitionerId, IReadOnlyList<WeeklyRule> Rules, IReadOnlyList<ScheduleException> Exceptions);

/// <summary>An existing appointment's range, buffers of its own service included.</summary>
internal readonly record struct BlockedRange(Instant Start, Instant End, Guid PractitionerId, Guid? RoomId);

internal readonly record struct Slot(Instant Start, Instant End, Guid PractitionerId, Guid? RoomId);
