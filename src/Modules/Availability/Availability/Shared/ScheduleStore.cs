using Dapper;
using NodaTime;
using Npgsql;
using WellPath.Availability.Engine;
using WellPath.SharedKernel.Data;

namespace WellPath.Availability.Shared;

/// <summary>Weekly rules and exceptions of many practitioners in two queries, whatever the number of practitioners or days.</summary>
internal sealed class ScheduleStore(NpgsqlDataSource dataSource)
{
    private static readonly string LoadSql = GenericPlan.For("""
        select r.id, r.practitioner_id, r.location_id, r.weekday, r.start_time, r.end_time, r.effective_from, r.effective_until,
               coalesce(array_agg(b.start_time order by b.start_time) filter (where b.rule_id is not null), '{}') as break_starts,
               coalesce(array_agg(b.end_time order by b.start_time) filter (where b.rule_id is not null), '{}') as break_ends
        from availability.weekly_rules r
        left join availability.rule_breaks b on b.rule_id = r.id
        where r.practitioner_id = any(@PractitionerIds)
        group by r.id
        order by r.practitioner_id, r.position;
        select id, practitioner_id, kind, reason, location_id, start_local, end_local
        from availability.exceptions
        where practitioner_id = any(@PractitionerIds) and end_local > @From and start_local < @To
        order by practitioner_id, start_local;
        """);

    public async Task<Schedules> LoadAsync(IReadOnlyCollection<Guid> practitionerIds, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            LoadSql,
            new { PractitionerIds = practitionerIds.ToArray(), From = from.PlusDays(-1).ToDateTimeUnspecified(), To = to.PlusDays(2).ToDateTimeUnspecified() },
            cancellationToken: cancellationToken));
        var rules = (await results.ReadAsync<RuleRow>()).ToList();
        var exceptions = (await results.ReadAsync<ExceptionRow>()).ToList();
        return new Schedules(rules, exceptions);
    }

    internal sealed record Schedules(IReadOnlyList<RuleRow> Rules, IReadOnlyList<ExceptionRow> Exceptions)
    {
        /// <summary>The engine's view of one practitioner at one location.</summary>
        public PractitionerCalendar CalendarAt(Guid practitionerId, Guid locationId) => new(
            practitionerId,
            Rules.Where(r => r.PractitionerId == practitionerId && r.LocationId == locationId).Select(r => r.ToRule()).ToList(),
            Exceptions.Where(e => e.PractitionerId == practitionerId && (e.Kind == "unavailable" || e.LocationId == locationId))
                .Select(e => new ScheduleException(e.Kind == "available", LocalDateTime.FromDateTime(e.StartLocal), LocalDateTime.FromDateTime(e.EndLocal)))
                .ToList());
    }

    internal sealed class RuleRow
    {
        public Guid Id { get; init; }
        public Guid PractitionerId { get; init; }
        public Guid LocationId { get; init; }
        public short Weekday { get; init; }
        public TimeOnly StartTime { get; init; }
        public TimeOnly EndTime { get; init; }
        public DateOnly? EffectiveFrom { get; init; }
        public DateOnly? EffectiveUntil { get; init; }
        public TimeOnly[] BreakStarts { get; init; } = [];
        public TimeOnly[] BreakEnds { get; init; } = [];

        public WeeklyRule ToRule() => new(
            (IsoDayOfWeek)Weekday,
            LocalTime.FromTimeOnly(StartTime),
            LocalTime.FromTimeOnly(EndTime),
            BreakStarts.Zip(BreakEnds, (s, e) => new LocalRange(LocalTime.FromTimeOnly(s), LocalTime.FromTimeOnly(e))).ToList(),
            EffectiveFrom is { } f ? LocalDate.FromDateOnly(f) : null,
            EffectiveUntil is { } u ? LocalDate.FromDateOnly(u) : null);
    }

    internal sealed class ExceptionRow
    {
        public Guid Id { get; init; }
        public Guid PractitionerId { get; init; }
        public string Kind { get; init; } = "";
        public string Reason { get; init; } = "";
        public Guid? LocationId { get; init; }
        public DateTime StartLocal { get; init; }
        public DateTime EndLocal { get; init; }
    }
}
