using NodaTime;
using WellPath.Availability.Contracts;
using WellPath.Availability.Engine;
using WellPath.Catalog.Contracts;

namespace WellPath.Availability.Slots;

internal sealed class SlotChecker(SlotSearch search, ICatalogQueries catalog) : ISlotChecker
{
    public async Task<SlotCheck> CheckAsync(SlotCheckRequest request, CancellationToken cancellationToken)
    {
        var rules = await catalog.GetServiceRulesAsync(request.ServiceId, cancellationToken);
        if (rules is null || DateTimeZoneProviders.Tzdb.GetZoneOrNull(await ZoneAsync(request.LocationId, cancellationToken) ?? "") is not { } zone)
        {
            return new SlotCheck(null, []);
        }

        var start = Instant.FromDateTimeOffset(request.Start);
        var date = start.InZone(zone).Date;
        var prepared = await search.PrepareAsync(request.ServiceId, request.LocationId, date, date, request.CallerIsStaff, cancellationToken);
        if (prepared is null)
        {
            return new SlotCheck(null, []);
        }

        var candidates = SlotEngine.FindSlots(prepared.Query, date, date, request.PractitionerId)
            .Where(s => s.Start == start)
            .Select(s => new BookableSlot(s.PractitionerId, s.RoomId, s.Start.ToDateTimeOffset(), s.End.ToDateTimeOffset()))
            .ToList();
        return new SlotCheck(new BookedService(prepared.TimeZoneId, rules.BufferBeforeMinutes, rules.BufferAfterMinutes, rules.RequiresApproval, rules.CancellationWindowHours), candidates);
    }

    private async Task<string?> ZoneAsync(Guid locationId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return (await catalog.GetLocationScheduleAsync(locationId, today, today, cancellationToken))?.TimeZoneId;
    }
}
