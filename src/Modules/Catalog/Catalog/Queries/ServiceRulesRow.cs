using WellPath.Catalog.Contracts;

namespace WellPath.Catalog.Queries;

internal sealed class ServiceRulesRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public int DurationMinutes { get; init; }
    public int StepMinutes { get; init; }
    public int BufferBeforeMinutes { get; init; }
    public int BufferAfterMinutes { get; init; }
    public Guid? RoomTypeId { get; init; }
    public int MinNoticeMinutes { get; init; }
    public int MaxAdvanceDays { get; init; }
    public string Visibility { get; init; } = "";
    public DateOnly? SeasonStart { get; init; }
    public DateOnly? SeasonEnd { get; init; }
    public bool RequiresApproval { get; init; }
    public int CancellationWindowHours { get; init; }
    public int PriceCents { get; init; }
    public string Currency { get; init; } = "";
    public Guid[] LocationIds { get; init; } = [];
    public Guid[] PractitionerIds { get; init; } = [];

    public ServiceBookingRules ToRules() => new(
        Id, Name, DurationMinutes, StepMinutes, BufferBeforeMinutes, BufferAfterMinutes, RoomTypeId, MinNoticeMinutes, MaxAdvanceDays,
        Enum.Parse<ServiceVisibility>(Visibility, ignoreCase: true), SeasonStart, SeasonEnd, RequiresApproval, CancellationWindowHours,
        PriceCents, Currency, LocationIds, PractitionerIds);
}
