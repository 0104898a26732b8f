using WellPath.Availability.Shared;

namespace WellPath.Availability.WeeklySchedule;

internal sealed record ReplaceWeeklyScheduleRequest(IReadOnlyList<WeeklyRuleRequest>? Rules);

internal sealed record WeeklyRuleRequest(
    string? Weekday, Guid? LocationId, string? Start, string? End, IReadOnlyList<BreakRequest>? Breaks, DateOnly? EffectiveFrom = null, DateOnly? EffectiveUntil = null);

internal sealed record BreakRequest(string? Start, string? End);

/// <summary><see cref="AffectedAppointments"/> goes beyond the contract: appointments the saved change left outside working time.</summary>
internal sealed record WeeklyScheduleResponse(Guid PractitionerId, IReadOnlyList<WeeklyRuleResponse> Rules, IReadOnlyList<AffectedAppointmentResponse> AffectedAppointments);

internal sealed record WeeklyRuleResponse(
    string Weekday, Guid LocationId, string Start, string End, IReadOnlyList<BreakResponse> Breaks, DateOnly? EffectiveFrom, DateOnly? EffectiveUntil);

internal sealed record BreakResponse(string Start, string End);
