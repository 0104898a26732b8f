using NodaTime;
using Npgsql;
using WellPath.Availability.Contracts;
using WellPath.Availability.Engine;
using WellPath.Availability.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Data;
using CatalogVisibility = WellPath.Catalog.Contracts.ServiceVisibility;

namespace WellPath.Availability.Slots;

/// <summary>
/// Loads what the engine needs for one service at one location in two round trips (the catalog's service, location,
/// rooms and practitioners; then their rosters with the blocked time) and builds the engine's query.
/// </summary>
internal sealed class SlotSearch(ICatalogQueries catalog, NpgsqlDataSource dataSource, IEnumerable<IBlockedTimeSource> blockedSources, TimeProvider clock)
{
    /// <summary>Null when the service, the location or their pairing is unknown or invisible to this caller.</summary>
    public Task<PreparedSearch?> PrepareAsync(Guid serviceId, Guid locationId, LocalDate from, LocalDate to, bool callerIsStaff, CancellationToken cancellationToken) =>
        PrepareAsync(serviceId, locationId, from, to, callerIsStaff, null, null, null, cancellationToken);

    /// <summary>
    /// As above, with the time of <paramref name="ignoreAppointmentId"/> left free (the appointment a reschedule moves), and
    /// with only the blocked time that an appointment starting at <paramref name="onlyAt"/> would overlap when given (what a
    /// check of one time needs; the engine's answers for other times are then not to be trusted). The rosters and blocked
    /// time are read in <paramref name="alongside"/> when given, with whatever the caller added to it.
    /// </summary>
    public async Task<PreparedSearch?> PrepareAsync(
        Guid serviceId, Guid locationId, LocalDate from, LocalDate to, bool callerIsStaff, Guid? ignoreAppointmentId, DateTimeOffset? onlyAt,
        QueryBatch? alongside, CancellationToken cancellationToken)
    {
        var (service, location, practitioners, rooms) = await catalog.GetSearchCatalogAsync(serviceId, locationId, from.ToDateOnly(), to.ToDateOnly(), cancellationToken);
        if (service is null || !service.LocationIds.Contains(locationId) || !Visible(service, callerIsStaff))
        {
            return null;
        }
        if (location is null || !location.Active || (!location.Live && !callerIsStaff) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(location.TimeZoneId) is not { } zone)
        {
            return null;
        }

        var practitionerIds = practitioners.Select(p => p.Id).ToList();
        // A day either side: buffers and long appointments reach across midnight.
        var (blockedFrom, blockedTo) = onlyAt is { } start
            ? (start.AddMinutes(-service.BufferBeforeMinutes), start.AddMinutes(service.DurationMinutes + service.BufferAfterMinutes))
            : (from.PlusDays(-1).AtStartOfDayInZone(zone).ToDateTimeOffset(), to.PlusDays(2).AtStartOfDayInZone(zone).ToDateTimeOffset());
        var batch = alongside ?? new QueryBatch();
        var rosters = ScheduleStore.AddTo(batch, practitionerIds, from, to);
        var blockedParts = AddBlockedTo(batch, new BlockedTimeQuery(practitionerIds, rooms.Select(r => r.Id).ToList(), blockedFrom, blockedTo));
        await batch.ExecuteAsync(dataSource, cancellationToken);
        var loaded = rosters.Value;
        var blocked = Blocked(blockedParts, ignoreAppointmentId);

        var query = new SlotQuery(
            ToRules(service),
            new LocationCalendar(zone, ToOpeningHours(location), location.Closures.Select(ToClosure).ToList()),
            practitionerIds.Select(id => loaded.CalendarAt(id, locationId)).ToList(),
            rooms.Select(r => r.Id).ToList(),
            blocked.Select(ToRange).ToList(),
            Instant.FromDateTimeOffset(clock.GetUtcNow()),
            callerIsStaff);
        return new PreparedSearch(query, location.TimeZoneId, service.Name, location.Name, practitioners, service, rooms, blocked);
    }

    private static bool Visible(ServiceBookingRules service, bool callerIsStaff) => service.Visibility switch
    {
        CatalogVisibility.Inactive => false,
        CatalogVisibility.Internal => callerIsStaff,
        _ => true,
    };

    /// <summary>What every blocked-time source holds of these practitioners and rooms over [from, to), read in <paramref name="alongside"/>.</summary>
    public async Task<List<BlockedTime>> LoadBlockedAsync(
        IReadOnlyCollection<Guid> practitionerIds, IReadOnlyCollection<Guid> roomIds, DateTimeOffset from, DateTimeOffset to, Guid? ignoreAppointmentId,
        QueryBatch alongside, CancellationToken cancellationToken)
    {
        var parts = AddBlockedTo(alongside, new BlockedTimeQuery(practitionerIds, roomIds, from, to));
        await alongside.ExecuteAsync(dataSource, cancellationToken);
        return Blocked(parts, ignoreAppointmentId);
    }

    private List<BatchResult<IReadOnlyList<BlockedTime>>> AddBlockedTo(QueryBatch batch, BlockedTimeQuery query) =>
        blockedSources.Select(source => source.AddTo(batch, query)).ToList();

    private static List<BlockedTime> Blocked(List<BatchResult<IReadOnlyList<BlockedTime>>> parts, Guid? ignoreAppointmentId) =>
        parts.SelectMany(part => part.Value).Where(t => ignoreAppointmentId is null || t.AppointmentId != ignoreAppointmentId).ToList();

    private static BlockedRange ToRange(BlockedTime time) =>
        new(Instant.FromDateTimeOffset(time.Start), Instant.FromDateTimeOffset(time.End), time.PractitionerId, time.RoomId);

    private static ServiceRules ToRules(ServiceBookingRules service) => new(
        service.DurationMinutes,
        service.StepMinutes,
        service.BufferBeforeMinutes,
        service.BufferAfterMinutes,
        service.RoomTypeId is not null,
        service.MinNoticeMinutes,
        service.MaxAdvanceDays,
        service.Visibility switch
        {
            CatalogVisibility.Public => Engine.ServiceVisibility.Public,
            CatalogVisibility.Internal => Engine.ServiceVisibility.Internal,
            CatalogVisibility.Seasonal => Engine.ServiceVisibility.Seasonal,
            _ => Engine.ServiceVisibility.Inactive,
        },
        service.SeasonStart is { } s ? LocalDate.FromDateOnly(s) : null,
        service.SeasonEnd is { } e ? LocalDate.FromDateOnly(e) : null);

    private static List<OpeningHours> ToOpeningHours(LocationSchedule location) =>
        location.OpeningHours
            .SelectMany(day => day.Value.Select(i => new OpeningHours(
                NodaTime.Extensions.DayOfWeekExtensions.ToIsoDayOfWeek(day.Key), LocalTime.FromTimeOnly(i.Opens), LocalTime.FromTimeOnly(i.Closes))))
            .ToList();

    private static Closure ToClosure(LocationClosure closure) => new(
        LocalDate.FromDateOnly(closure.Date),
        closure.Start is { } s && closure.End is { } e ? new LocalRange(LocalTime.FromTimeOnly(s), LocalTime.FromTimeOnly(e)) : null);
}

/// <summary>The engine's query with what it was built from: the rooms by name and the blocked time with its references, for explanations.</summary>
internal sealed record PreparedSearch(
    SlotQuery Query, string TimeZoneId, string ServiceName, string LocationName, IReadOnlyList<PractitionerInfo> Practitioners, ServiceBookingRules Rules,
    IReadOnlyList<RoomInfo> Rooms, IReadOnlyList<BlockedTime> Blocked);
