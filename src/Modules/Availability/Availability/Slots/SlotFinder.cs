using NodaTime;
using WellPath.Availability.Contracts;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Slots;

internal sealed class SlotFinder(SlotSearch search) : ISlotFinder
{
    public async Task<FreeSlots?> FindAsync(SlotFindRequest request, CancellationToken cancellationToken)
    {
        var day = LocalDate.FromDateOnly(request.Date);
        var prepared = await search.PrepareAsync(request.ServiceId, request.LocationId, day, day, request.CallerIsStaff, cancellationToken);
        if (prepared is null)
        {
            return null;
        }
        var slots = SlotEngine.FindSlots(prepared.Query, day, day, request.PractitionerId)
            .Select(s => new FreeSlot(s.Start.ToDateTimeOffset(), s.End.ToDateTimeOffset(), s.PractitionerId))
            .ToList();
        return new FreeSlots(prepared.TimeZoneId, slots);
    }
}
