using NodaTime;
using WellPath.Availability.Contracts;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Slots;

internal sealed class SlotFinder(SlotSearch search) : ISlotFinder
{
    public async Task<FreeSlots?> FindAsync(SlotRangeRequest request, CancellationToken cancellationToken)
    {
        if (request.To < request.From || request.To.DayNumber - request.From.DayNumber > SlotRangeRequest.MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(request), $"A range runs forwards over at most {SlotRangeRequest.MaxDays} days.");
        }
        var from = LocalDate.FromDateOnly(request.From);
        var to = LocalDate.FromDateOnly(request.To);
        var prepared = await search.PrepareAsync(request.ServiceId, request.LocationId, from, to, request.CallerIsStaff, request.IgnoreAppointmentId, null, null, cancellationToken);
        if (prepared is null)
        {
            return null;
        }
        var zone = prepared.Query.Location.Zone;
        var slots = SlotEngine.FindSlots(prepared.Query, from, to, request.PractitionerId)
            .Select(s => new FreeSlot(s.Start.InZone(zone).ToDateTimeOffset(), s.End.InZone(zone).ToDateTimeOffset(), s.PractitionerId))
            .ToList();
        return new FreeSlots(prepared.TimeZoneId, slots);
    }
}
