using NodaTime;
using Npgsql;
using WellPath.Availability.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Availability.WeeklySchedule;

/// <summary>
/// Replaces a practitioner's weekly rules. A clinic manager replaces only the rules at their own locations; those at
/// other locations stay as they are, and a rule sent for a location outside their scope is refused (403).
/// </summary>
internal sealed class ReplaceWeeklyScheduleHandler(NpgsqlDataSource dataSource, PractitionerAccess access, ScheduleConflicts conflicts, IAuditTrail audit, TimeProvider clock)
{
    public async Task<ReplaceOutcome> HandleAsync(Guid practitionerId, ReplaceWeeklyScheduleRequest request, CallerScope caller, SaveMode mode, CancellationToken cancellationToken)
    {
        var practitioner = await access.FindEditableAsync(practitionerId, caller, cancellationToken);
        if (practitioner is null)
        {
            return new ReplaceOutcome.NotFound();
        }

        var rules = request.Rules!.Select(WeeklyRules.Parse).ToList();
        var errors = WeeklyRules.Check(rules, practitioner.LocationIds);
        if (errors.Count > 0)
        {
            return new ReplaceOutcome.Invalid(errors);
        }
        if (!rules.All(r => PractitionerAccess.MayChangeAt(caller, r.LocationId)))
        {
            return new ReplaceOutcome.Forbidden();
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await WeeklyRuleStore.LockAndReadAsync(connection, transaction, practitionerId, cancellationToken);
        var kept = before.Where(r => !PractitionerAccess.MayChangeAt(caller, r.LocationId)).ToList();
        errors = WeeklyRules.CheckAgainstKept(rules, kept);
        if (errors.Count > 0)
        {
            return new ReplaceOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var from = Instant.FromDateTimeOffset(now);
        var outside = await conflicts.FindAsync(practitionerId, from, from + ScheduleConflicts.Horizon, schedules => schedules with
        {
            Rules = [.. schedules.Rules.Where(r => !PractitionerAccess.MayChangeAt(caller, r.LocationId)), .. rules.Select(r => r.ToRow(practitionerId))],
        }, cancellationToken);
        if (mode.MustAsk(outside))
        {
            return new ReplaceOutcome.NeedsConfirmation(outside);
        }

        var keptLocations = kept.Select(r => r.LocationId).Distinct().ToList();
        await WeeklyRuleStore.ReplaceAsync(connection, transaction, practitionerId, keptLocations, kept.Count, rules, now, cancellationToken);
        var after = new WeeklyScheduleResponse(
            practitionerId, [.. kept.Concat(rules).Select(r => r.ToResponse())], [.. outside.Select(c => c.ToResponse())]);
        await audit.RecordAsync(new AuditEntry("weekly_schedule.replaced", "practitioner", practitionerId.ToString(), new
        {
            before = before.Select(r => r.ToResponse()),
            after = after.Rules,
            leftOutsideWorkingTime = outside.Select(c => c.Reference),
        }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReplaceOutcome.Replaced(after, outside);
    }
}

internal abstract record ReplaceOutcome
{
    public sealed record Replaced(WeeklyScheduleResponse Schedule, IReadOnlyList<AppointmentConflict> Outside) : ReplaceOutcome;

    /// <summary>Not saved: the change would leave these appointments outside working time and the user has not confirmed it.</summary>
    public sealed record NeedsConfirmation(IReadOnlyList<AppointmentConflict> Outside) : ReplaceOutcome;

    public sealed record NotFound : ReplaceOutcome;

    public sealed record Forbidden : ReplaceOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : ReplaceOutcome;
}
