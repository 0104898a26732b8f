using Dapper;
using NodaTime;
using Npgsql;
using WellPath.Availability.Shared;

namespace WellPath.Availability.WeeklySchedule;

/// <summary>The weekly rules of one practitioner inside a replacement's transaction.</summary>
internal static class WeeklyRuleStore
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
        order by r.position, r.id
        """;

    // Rules at the kept locations stay as they are; only their order numbers close up in front of the new rules.
    private const string DeleteSql = """
        delete from availability.weekly_rules where practitioner_id = @PractitionerId and not (location_id = any(@KeptLocations));
        update availability.weekly_rules r set position = k.rank - 1
        from (select id, row_number() over (order by position, id) as rank from availability.weekly_rules where practitioner_id = @PractitionerId) k
        where r.id = k.id and r.position <> k.rank - 1;
        """;

    private const string InsertRuleSql = """
        insert into availability.weekly_rules (id, practitioner_id, location_id, weekday, start_time, end_time, effective_from, effective_until, position)
        values (@Id, @PractitionerId, @LocationId, @Weekday, @Start, @End, @EffectiveFrom, @EffectiveUntil, @Position)
        """;

    private const string InsertBreakSql = "insert into availability.rule_breaks (rule_id, start_time, end_time) values (@RuleId, @Start, @End)";

    /// <summary>Waits for any other replacement of this practitioner's rules, then reads them in order.</summary>
    public static async Task<List<ParsedRule>> LockAndReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid practitionerId, CancellationToken cancellationToken)
    {
        await using var current = await connection.QueryMultipleAsync(new CommandDefinition(
            CurrentSql, new { PractitionerId = practitionerId }, transaction, cancellationToken: cancellationToken));
        await current.ReadAsync();
        return (await current.ReadAsync<ScheduleStore.RuleRow>()).Select(Parsed).ToList();
    }

    /// <summary>Replaces every rule except those at <paramref name="keptLocations"/>; the new rules come after the kept ones.</summary>
    public static async Task ReplaceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid practitionerId, IReadOnlyCollection<Guid> keptLocations, int keptCount,
        IReadOnlyList<ParsedRule> rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            DeleteSql, new { PractitionerId = practitionerId, KeptLocations = keptLocations.ToArray() }, transaction, cancellationToken: cancellationToken));
        for (var index = 0; index < rules.Count; index++)
        {
            var rule = rules[index];
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
                Position = (short)(keptCount + index),
            }, transaction, cancellationToken: cancellationToken));
            foreach (var pause in rule.Breaks)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    InsertBreakSql, new { RuleId = ruleId, Start = pause.Start.ToTimeOnly(), End = pause.End.ToTimeOnly() }, transaction, cancellationToken: cancellationToken));
            }
        }
    }

    private static ParsedRule Parsed(ScheduleStore.RuleRow row) => new(
        (IsoDayOfWeek)row.Weekday, row.LocationId, LocalTime.FromTimeOnly(row.StartTime), LocalTime.FromTimeOnly(row.EndTime),
        row.BreakStarts.Zip(row.BreakEnds, (s, e) => (LocalTime.FromTimeOnly(s), LocalTime.FromTimeOnly(e))).ToList(),
        row.EffectiveFrom, row.EffectiveUntil);
}
