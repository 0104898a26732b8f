namespace WellPath.Catalog.Shared;

/// <summary>The body of POST and PUT <c>/services</c>; left-out optional numbers take the contract's defaults.</summary>
internal sealed record ServiceRequest(
    string? Name,
    string? Category,
    string? Description,
    int? DurationMinutes,
    int? StepMinutes,
    int? BufferBeforeMinutes,
    int? BufferAfterMinutes,
    int? PriceCents,
    string? Currency,
    Guid? RoomTypeId,
    IReadOnlyList<Guid>? LocationIds,
    IReadOnlyList<Guid>? PractitionerIds,
    string? Visibility,
    string? SeasonStart,
    string? SeasonEnd,
    bool? RequiresApproval,
    int? MinNoticeMinutes,
    int? MaxAdvanceDays,
    int? CancellationWindowHours,
    string? PrepNotes,
    string? FollowUpRule);
