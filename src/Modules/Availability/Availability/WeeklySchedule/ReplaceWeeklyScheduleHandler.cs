using Dapper;
using Npgsql;
using WellPath.Availability.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Availability.WeeklySchedule;

internal sealed class ReplaceWeeklyScheduleHandler(NpgsqlDataSource dataSource, PractitionerAccess access, IAuditTrail audit, TimeProvider clock)
{
    // Two replacements of one practitioner's schedule take turns, so "before" in the audit is what was really replaced.
    private const string CurrentSql = """
        select pg_advisory_xact_lock(hashtextextended('availability.weekly_rules:' || @PractitionerId::text, 0));
        select r.weekday, r.location_id, r.start_time, r.end_time, r.effective_from, r.effective_until,
               coalesce(array_agg(b.start_time order by b.start_time) filter (where b.rule_id is not null), '{}') as break_starts,
               coalesce(array_agg(b.end_time order by b.start_time) filter (where b.rule_id is not null), '{}') as break_ends
        from availability.weekly_rules r
        left join availability.rule_breaks b on b.rule_id = r.id
        where r.practitioner_id = @PractitionerId
        group by r.id
        order by r.position
        """;

    private const string DeleteSql = "delete from availability.weekly_rules where practitioner_id = @PractitionerId";

    private const string InsertRuleSql = """
        insert into availability.weekly_rules (id, practitioner_id, location_id, weekday, start_time, end_time, effective_from, effective_until, position)
        values (@Id, @PractitionerId, @LocationId, @Weekday, @Start, @End, @EffectiveFrom, @EffectiveUntil, @Position)
        """;

    private const string InsertBreakSql = "insert into availability.rule_breaks (rule_id, start_time, end_time) values (@RuleId, @Start, @End)";

    public async Task<ReplaceOutcome> HandleAsync(Guid practitionerId, ReplaceWeeklyScheduleRequest request, CallerScope caller, CancellationToken cancellationToken)
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

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        List<WeeklyRuleResponse> before;
        await using (var current = await connection.QueryMultipleAsync(new CommandDefinition(
            CurrentSql, new { PractitionerId = practitionerId }, transaction, cancellationToken: cancellationToken)))
        {
            await current.ReadAsync();
            before = (await current.ReadAsync<StoredRule>()).Select(r => r.ToResponse()).ToList();
        }
        var touched = before.Select(r => r.LocationId).Concat(rules.Select(r => r.LocationId));
        if (!touched.All(location => PractitionerAccess.MayChangeAt(caller, location)))
        {
            return new ReplaceOutcome.Forbidden();
        }

        await connection.ExecuteAsync(new CommandDefinition(DeleteSql, new { PractitionerId = practitionerId }, transaction, cancellationToken: cancellationToken));
        var now = clock.GetUtcNow();
        for (var position = 0; position < rules.Count; position++)
        {
            var rule = rules[position];
            var ruleId = Guid.CreateVersion7(now);
            await connection.ExecuteAsync(new CommandDefinition(InsertRuleSql, new
            {
                Id = ruleId,
                PractitionerId = practitionerId,
                rule.LocationId,
                Weekday = (short)rule.Weekday,
                Start = rule.Start.ToTimeOnly(),
                End = rule.End.ToTimeOnly(),
                rule.EffectiveFrom,
                rule.EffectiveUntil,
                Position = (short)position,
            }, transaction, cancellationToken: cancellationToken));
            foreach (var pause in rule.Breaks)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    InsertBreakSql, new { RuleId = ruleId, Start = pause.Start.ToTimeOnly(), End = pause.End.ToTimeOnly() }, transaction, cancellationToken: cancellationToken));
            }
        }

        var after = new WeeklyScheduleResponse(practitionerId, rules.Select(r => r.ToResponse()).ToList());
        await audit.RecordAsync(
            new AuditEntry("weekly_schedule.replaced", "practitioner", practitionerId.ToString(), new { before, after = after.Rules }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReplaceOutcome.Replaced(after);
    }

    private sealed class StoredRule
    {
        public short Weekday { get; init; }
        public Guid LocationId { get; init; }
        public TimeOnly StartTime { get; init; }
        public TimeOnly EndTime { get; init; }
        public DateOnly? EffectiveFrom { get; init; }
        public DateOnly? EffectiveUntil { get; init; }
        public TimeOnly[] BreakStarts { get; init; } = [];
        public TimeOnly[] BreakEnds { get; init; } = [];

        public WeeklyRuleResponse ToResponse() => new(
            WallClockText.Weekdays[Weekday - 1], LocationId, StartTime.ToString("HH:mm"), EndTime.ToString("HH:mm"),
            BreakStarts.Zip(BreakEnds, (s, e) => new BreakResponse(s.ToString("HH:mm"), e.ToString("HH:mm"))).ToList(),
            EffectiveFrom, EffectiveUntil);
    }
}

internal abstract record ReplaceOutcome
{
    public sealed record Replaced(WeeklyScheduleResponse Schedule) : ReplaceOutcome;

    public sealed record NotFound : ReplaceOutcome;

    public sealed record Forbidden : ReplaceOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : ReplaceOutcome;
}
