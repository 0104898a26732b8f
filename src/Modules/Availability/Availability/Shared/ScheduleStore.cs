using Dapper;
using NodaTime;
using Npgsql;
using WellPath.Availability.Engine;
using WellPath.SharedKernel.Data;

namespace WellPath.Availability.Shared;

/// <summary>Weekly rules and exceptions of many practitioners in two statements and one round trip, whatever the number of practitioners or days.</summary>
internal sealed class ScheduleStore(NpgsqlDataSource dataSource)
{
    private const string LoadSql = """
        select r.id, r.practitioner_id, r.location_id, r.weekday, r.start_time, r.end_time, r.effective_from, r.effective_until,
               coalesce(array_agg(b.start_time order by b.start_time) filter (where b.rule_id is not null), '{}') as break_starts,
               coalesce(array_agg(b.end_time order by b.start_time) filter (where b.rule_id is not null), '{}') as break_ends
        from availability.weekly_rules r
        left join availability.rule_breaks b on b.rule_id = r.id
        where r.practitioner_id = any(@RosterPractitionerIds)
        group by r.id
        order by r.practitioner_id, r.position;
        select id, practitioner_id, kind, reason, location_id, start_local, end_local
        from availability.exceptions
        where practitioner_id = any(@RosterPractitionerIds) and end_local > @RosterFrom and start_local < @RosterTo
        order by practitioner_id, start_local;
        """;

    public async Task<Schedules> LoadAsync(IReadOnlyCollection<Guid> practitionerIds, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        var batch = new QueryBatch();
        var schedules = AddTo(batch, practitionerIds, from, to);
        await batch.ExecuteAsync(dataSource, cancellationToken);
        return schedules.Value;
    }

    /// <summary>The read of <see cref="LoadAsync"/> as a part of a batch.</summary>
    public static BatchResult<Schedules> AddTo(QueryBatch batch, IReadOnlyCollection<Guid> practitionerIds, LocalDate from, LocalDate to) => batch.Add(
        LoadSql,
        new
        {
            RosterPractitionerIds = practitionerIds.ToArray(),
            RosterFrom = from.PlusDays(-1).ToDateTimeUnspecified(),
            RosterTo = to.PlusDays(2).ToDateTimeUnspecified(),
        },
        async grid =>
        {
            var rules = (await grid.ReadAsync<RuleRow>()).ToList();
            var exceptions = (await grid.ReadAsync<ExceptionRow>()).ToList();
            return new Schedules(rules, exceptions);
        });

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
