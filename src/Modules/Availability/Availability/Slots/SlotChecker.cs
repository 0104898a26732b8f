using NodaTime;
using WellPath.Availability.Contracts;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Slots;

internal sealed class SlotChecker(SlotSearch search) : ISlotChecker
{
    public async Task<SlotCheck> CheckAsync(SlotCheckRequest request, CancellationToken cancellationToken)
    {
        // The local date needs the location's zone, which the search loads: load the UTC date and a day either side,
        // which covers every offset; the engine then looks at the local date alone.
        var start = Instant.FromDateTimeOffset(request.Start);
        var utcDate = start.InUtc().Date;
        var prepared = await search.PrepareAsync(request.ServiceId, request.LocationId, utcDate.PlusDays(-1), utcDate.PlusDays(1), request.CallerIsStaff, cancellationToken);
        if (prepared is null)
        {
            return new SlotCheck(null, []);
        }

        var candidates = SlotEngine.CandidatesAt(prepared.Query, start, request.PractitionerId)
            .Select(s => new BookableSlot(s.PractitionerId, s.RoomId, s.Start.ToDateTimeOffset(), s.End.ToDateTimeOffset()))
            .ToList();
        var rules = prepared.Rules;
        return new SlotCheck(
            new BookedService(prepared.TimeZoneId, rules.BufferBeforeMinutes, rules.BufferAfterMinutes, rules.RequiresApproval, rules.CancellationWindowHours),
            candidates);
    }
}
