using NodaTime;
using WellPath.Availability.Contracts;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Data;

namespace WellPath.Availability.Slots;

/// <summary>
/// Scheduling rule 10: a manager's override skips the grid, working time, notice, horizon and eligibility (rules 2, 3,
/// 6, 7) but never rules 4 and 5. The practitioner must still work at the location; "anyone" takes those who offer the
/// service first, then the others, each group by id; the room is the first free one by name, then id.
/// </summary>
internal sealed class OverrideCheck(ICatalogQueries catalog, ICatalogDirectory directory, SlotSearch search)
{
    public async Task<SlotCheck> CheckAsync(SlotCheckRequest request, QueryBatch alongside, CancellationToken cancellationToken)
    {
        if (await LoadAsync(request, alongside, cancellationToken) is not { } loaded)
        {
            return new SlotCheck(null, []);
        }
        var room = loaded.Occupancy.FirstFreeRoom(loaded.Rooms);
        var candidates = loaded.RequiresRoom && room is null
            ? []
            : loaded.Practitioners
                .Where(p => !loaded.Occupancy.OfPractitioner(p.Id).Any())
                .Select(p => new BookableSlot(p.Id, room?.Id, loaded.Start, loaded.End))
                .ToList();
        return new SlotCheck(SlotChecker.ToBookedService(loaded.Service, loaded.TimeZoneId), candidates);
    }

    public async Task<IReadOnlyList<SlotObstacle>> ExplainAsync(SlotCheckRequest request, CancellationToken cancellationToken)
    {
        if (await LoadAsync(request, new QueryBatch(), cancellationToken) is not { } loaded)
        {
            return [SlotChecker.Unavailable];
        }
        var obstacles = new List<SlotObstacle>();
        if (loaded.Practitioners.Count == 0)
        {
            obstacles.Add(new SlotObstacle(SlotObstacleKinds.NotEligible, request.PractitionerId is null
                ? "No practitioner works at this location."
                : "The chosen practitioner does not work at this location."));
        }
        obstacles.AddRange(loaded.Practitioners.SelectMany(loaded.Occupancy.PractitionerObstacles));
        obstacles.AddRange(loaded.Occupancy.RoomObstacles(loaded.RequiresRoom, loaded.Rooms));
        return obstacles.Count > 0 ? obstacles : [SlotChecker.Taken];
    }

    private async Task<Loaded?> LoadAsync(SlotCheckRequest request, QueryBatch batch, CancellationToken cancellationToken)
    {
        // One round trip for the service, the location and its rooms; the override's practitioners are wider than the eligible ones.
        var date = DateOnly.FromDateTime(request.Start.UtcDateTime);
        var (service, location, _, rooms) = await catalog.GetSearchCatalogAsync(request.ServiceId, request.LocationId, date, date, cancellationToken);
        if (service is null || location is not { Active: true } || DateTimeZoneProviders.Tzdb.GetZoneOrNull(location.TimeZoneId) is not { } zone)
        {
            return null;
        }

        var practitioners = await PractitionersAsync(request, service, cancellationToken);
        var end = request.Start.AddMinutes(service.DurationMinutes);
        var (from, to) = (request.Start.AddMinutes(-service.BufferBeforeMinutes), end.AddMinutes(service.BufferAfterMinutes));
        var blocked = await search.LoadBlockedAsync(
            practitioners.Select(p => p.Id).ToList(), rooms.Select(r => r.Id).ToList(), from, to, request.IgnoreAppointmentId, batch, cancellationToken);
        return new Loaded(service, location.TimeZoneId, practitioners, rooms, new Occupancy(blocked, zone, from, to), request.Start, end);
    }

    private async Task<IReadOnlyList<PractitionerInfo>> PractitionersAsync(SlotCheckRequest request, ServiceBookingRules service, CancellationToken cancellationToken)
    {
        if (request.PractitionerId is { } chosen)
        {
            var practitioner = await catalog.GetPractitionerAsync(chosen, cancellationToken);
            return practitioner is { Active: true } && practitioner.LocationIds.Contains(request.LocationId) ? [new PractitionerInfo(practitioner.Id, practitioner.Name)] : [];
        }
        return (await directory.GetPractitionersAsync(cancellationToken))
            .Where(p => p.Active && p.LocationIds.Contains(request.LocationId))
            .OrderBy(p => service.PractitionerIds.Contains(p.Id) ? 0 : 1)
            .ThenBy(p => p.Id.ToString(), StringComparer.Ordinal)
            .Select(p => new PractitionerInfo(p.Id, p.Name))
            .ToList();
    }

    private sealed record Loaded(
        ServiceBookingRules Service, string TimeZoneId, IReadOnlyList<PractitionerInfo> Practitioners, IReadOnlyList<RoomInfo> Rooms,
        Occupancy Occupancy, DateTimeOffset Start, DateTimeOffset End)
    {
        public bool RequiresRoom => Service.RoomTypeId is not null;
    }
}
