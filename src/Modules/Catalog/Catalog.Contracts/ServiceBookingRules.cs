namespace WellPath.Catalog.Contracts;

/// <summary>
/// A service's booking rules. <see cref="LocationIds"/> are the active locations it is offered at;
/// <see cref="PractitionerIds"/> the active practitioners assigned to it (eligible only where they share a location).
/// </summary>
public sealed record ServiceBookingRules(
    Guid ServiceId,
    string Name,
    int DurationMinutes,
    int StepMinutes,
    int BufferBeforeMinutes,
    int BufferAfterMinutes,
    Guid? RoomTypeId,
    int MinNoticeMinutes,
    int MaxAdvanceDays,
    ServiceVisibility Visibility,
    DateOnly? SeasonStart,
    DateOnly? SeasonEnd,
    bool RequiresApproval,
    int CancellationWindowHours,
    int PriceCents,
    string Currency,
    IReadOnlyList<Guid> LocationIds,
    IReadOnlyList<Guid> PractitionerIds)
{
    /// <summary>Scheduling rule 7 for this service on a local date.</summary>
    public bool IsBookableBy(bool staff, DateOnly localDate) =>
        ServiceVisibilityRules.IsBookable(Visibility, SeasonStart, SeasonEnd, staff, localDate);
}
