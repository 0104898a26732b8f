using Dapper;
using Npgsql;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.Shared;

/// <summary>
/// Services as the caller may see them (scheduling rule 7). Staff see the services offered at a location in their scope,
/// inactive ones to admins only; everyone else sees public services, and seasonal ones whose season meets the booking
/// horizon, offered at an active, live location (and only those locations and active practitioners are listed).
/// </summary>
internal sealed class ServiceReader(TimeProvider clock)
{
    private const string SelectSql = """
        select s.id, s.name, c.name as category, s.description, s.duration_minutes, s.step_minutes,
               s.buffer_before_minutes, s.buffer_after_minutes, s.price_cents, s.currency, s.room_type_id,
               array(select sl.location_id from catalog.service_locations sl join catalog.locations l on l.id = sl.location_id
                     where sl.service_id = s.id and (@Staff or (l.active and l.live)) order by sl.location_id) as location_ids,
               array(select sp.practitioner_id from catalog.service_practitioners sp join catalog.practitioners p on p.id = sp.practitioner_id
                     where sp.service_id = s.id and (@Staff or p.active) order by sp.practitioner_id) as practitioner_ids,
               s.visibility, s.season_start, s.season_end, s.requires_approval, s.min_notice_minutes, s.max_advance_days,
               s.cancellation_window_hours, s.prep_notes, s.follow_up_rule
        from catalog.services s
        left join catalog.service_categories c on c.id = s.category_id
        where (@Id::uuid is null or s.id = @Id)
          and ((@AllLocations and @LocationId::uuid is null) or exists (
              select 1 from catalog.service_locations sl join catalog.locations l on l.id = sl.location_id
              where sl.service_id = s.id
                and (@LocationId::uuid is null or sl.location_id = @LocationId)
                and (case when @Staff then @AllLocations or sl.location_id = any(@LocationIds) else l.active and l.live end)))
          and (case when @Staff then @Admin or s.visibility <> 'inactive'
                    else s.visibility = 'public'
                      or (s.visibility = 'seasonal' and s.season_end >= @Today::date and s.season_start <= @Today::date + s.max_advance_days) end)
        order by c.name nulls last, s.name, s.id
        """;

    public async Task<IReadOnlyList<ServiceResponse>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CallerScope caller, Guid? id, Guid? locationId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<ServiceRow>(new CommandDefinition(
            SelectSql,
            new
            {
                Id = id,
                LocationId = locationId,
                Staff = caller.IsStaff,
                caller.AllLocations,
                LocationIds = caller.LocationFilter,
                Admin = caller.Role == Roles.Admin,
                // UTC's date, at most a day off a location's; the slot engine decides each slot by its own local date.
                Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            },
            transaction,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToResponse()).ToList();
    }

    public async Task<ServiceResponse?> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CallerScope caller, Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(connection, transaction, caller, id, null, cancellationToken)).SingleOrDefault();

    private sealed class ServiceRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string? Category { get; init; }
        public string? Description { get; init; }
        public int DurationMinutes { get; init; }
        public int StepMinutes { get; init; }
        public int BufferBeforeMinutes { get; init; }
        public int BufferAfterMinutes { get; init; }
        public int PriceCents { get; init; }
        public string Currency { get; init; } = "";
        public Guid? RoomTypeId { get; init; }
        public Guid[] LocationIds { get; init; } = [];
        public Guid[] PractitionerIds { get; init; } = [];
        public string Visibility { get; init; } = "";
        public DateOnly? SeasonStart { get; init; }
        public DateOnly? SeasonEnd { get; init; }
        public bool RequiresApproval { get; init; }
        public int MinNoticeMinutes { get; init; }
        public int MaxAdvanceDays { get; init; }
        public int CancellationWindowHours { get; init; }
        public string? PrepNotes { get; init; }
        public string? FollowUpRule { get; init; }

        public ServiceResponse ToResponse() => new(
            Id, Name, Category, Description, DurationMinutes, StepMinutes, BufferBeforeMinutes, BufferAfterMinutes, PriceCents, Currency,
            RoomTypeId, LocationIds, PractitionerIds, Visibility, SeasonStart, SeasonEnd, RequiresApproval, MinNoticeMinutes, MaxAdvanceDays,
            CancellationWindowHours, PrepNotes, FollowUpRule);
    }
}
