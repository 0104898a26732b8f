using NodaTime;
using WellPath.Availability.Contracts;
using WellPath.Availability.Engine;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Data;

namespace WellPath.Availability.Slots;

internal sealed class SlotChecker(SlotSearch search, OverrideCheck overrides) : ISlotChecker
{
    public static readonly SlotObstacle Unavailable = new(SlotObstacleKinds.Unavailable, "The service cannot be booked at this location.");

    public static readonly SlotObstacle Taken = new(SlotObstacleKinds.Taken, "Another booking took this time a moment ago.");

    public Task<SlotCheck> CheckAsync(SlotCheckRequest request, CancellationToken cancellationToken) => CheckAsync(request, new QueryBatch(), cancellationToken);

    public async Task<SlotCheck> CheckAsync(SlotCheckRequest request, QueryBatch alongside, CancellationToken cancellationToken)
    {
        if (request.Override)
        {
            return await overrides.CheckAsync(request, alongside, cancellationToken);
        }
        var prepared = await PrepareAsync(request, alongside, cancellationToken);
        if (prepared is null)
        {
            return new SlotCheck(null, []);
        }

        var candidates = SlotEngine.CandidatesAt(prepared.Query, Instant.FromDateTimeOffset(request.Start), request.PractitionerId)
            .Select(s => new BookableSlot(s.PractitionerId, s.RoomId, s.Start.ToDateTimeOffset(), s.End.ToDateTimeOffset()))
            .ToList();
        return new SlotCheck(ToBookedService(prepared.Rules, prepared.TimeZoneId), candidates);
    }

    public async Task<IReadOnlyList<SlotObstacle>> ExplainAsync(SlotCheckRequest request, CancellationToken cancellationToken)
    {
        if (request.Override)
        {
            return await overrides.ExplainAsync(request, cancellationToken);
        }
        return await PrepareAsync(request, new QueryBatch(), cancellationToken) is { } prepared
            ? SlotObstacles.Explain(prepared, Instant.FromDateTimeOffset(request.Start), request.PractitionerId)
            : [Unavailable];
    }

    public static BookedService ToBookedService(ServiceBookingRules rules, string timeZoneId) =>
        new(timeZoneId, rules.BufferBeforeMinutes, rules.BufferAfterMinutes, rules.RequiresApproval, rules.CancellationWindowHours);

    private Task<PreparedSearch?> PrepareAsync(SlotCheckRequest request, QueryBatch alongside, CancellationToken cancellationToken)
    {
        // The local date needs the location's zone, which the search loads: load the UTC date and a day either side,
        // which covers every offset; the engine then looks at the local date alone.
        var utcDate = Instant.FromDateTimeOffset(request.Start).InUtc().Date;
        return search.PrepareAsync(
            request.ServiceId, request.LocationId, utcDate.PlusDays(-1), utcDate.PlusDays(1), request.CallerIsStaff, request.IgnoreAppointmentId,
            request.Start, alongside, cancellationToken);
    }
}
