using NodaTime;
using WellPath.Availability.Contracts;
using WellPath.Availability.Engine;
using WellPath.Catalog.Contracts;

namespace WellPath.Availability.Slots;

/// <summary>
/// Why a time cannot be booked, in the words of the rules. Notice, horizon, season and grid are plain arithmetic; the
/// opening hours, closures and working time are asked of the same engine with the other rules relaxed (so it explains
/// exactly what it refused); appointments and rooms in the way are named from the blocked time.
/// </summary>
internal static class SlotObstacles
{
    public static List<SlotObstacle> Explain(PreparedSearch prepared, Instant start, Guid? practitionerId)
    {
        var query = prepared.Query;
        var rules = prepared.Rules;
        var zone = query.Location.Zone;
        var local = start.InZone(zone);
        var end = start + Duration.FromMinutes(rules.DurationMinutes);
        var occupancy = new Occupancy(
            prepared.Blocked, zone,
            (start - Duration.FromMinutes(rules.BufferBeforeMinutes)).ToDateTimeOffset(), (end + Duration.FromMinutes(rules.BufferAfterMinutes)).ToDateTimeOffset());
        var times = $"{occupancy.Time(start.ToDateTimeOffset())}-{occupancy.Time(end.ToDateTimeOffset())} on {local.Date:yyyy-MM-dd}";
        var obstacles = new List<SlotObstacle>();

        if (!rules.IsBookableBy(query.CallerIsStaff, local.Date.ToDateOnly()))
        {
            obstacles.Add(new(SlotObstacleKinds.Season, $"The service is offered from {rules.SeasonStart:yyyy-MM-dd} to {rules.SeasonEnd:yyyy-MM-dd} only."));
        }
        if (start < query.Now + Duration.FromMinutes(rules.MinNoticeMinutes))
        {
            obstacles.Add(new(SlotObstacleKinds.Notice, $"Less than the minimum notice of {rules.MinNoticeMinutes} minutes."));
        }
        if (local.Date > query.Now.InZone(zone).Date.PlusDays(rules.MaxAdvanceDays))
        {
            obstacles.Add(new(SlotObstacleKinds.Horizon, $"Beyond the booking horizon of {rules.MaxAdvanceDays} days."));
        }

        var practitioners = Chosen(prepared, practitionerId, obstacles);
        if (OnGrid(local, rules.StepMinutes))
        {
            obstacles.AddRange(RefusedByEngine(query, start, practitionerId, practitioners, times));
        }
        else
        {
            obstacles.Add(new(SlotObstacleKinds.Grid, $"{occupancy.Time(start.ToDateTimeOffset())} is not on the service's {rules.StepMinutes}-minute grid."));
        }
        obstacles.AddRange(practitioners.SelectMany(occupancy.PractitionerObstacles));
        obstacles.AddRange(occupancy.RoomObstacles(rules.RoomTypeId is not null, prepared.Rooms));
        return obstacles.Count > 0 ? obstacles : [SlotChecker.Taken];
    }

    private static List<PractitionerInfo> Chosen(PreparedSearch prepared, Guid? practitionerId, List<SlotObstacle> obstacles)
    {
        var practitioners = prepared.Practitioners.Where(p => practitionerId is null || p.Id == practitionerId).ToList();
        if (practitioners.Count == 0)
        {
            obstacles.Add(new(SlotObstacleKinds.NotEligible, practitionerId is null
                ? "No practitioner offers this service at this location."
                : "The chosen practitioner does not offer this service at this location."));
        }
        return practitioners;
    }

    /// <summary>A start on the step's wall-clock grid that exists that day, at its earlier instant when the hour repeats (rule 2).</summary>
    private static bool OnGrid(ZonedDateTime local, int step) =>
        local.TimeOfDay.TickOfSecond == 0 && local.Second == 0 && (local.Hour * 60 + local.Minute) % step == 0
        && local.Zone.MapLocal(local.LocalDateTime).First().ToInstant() == local.ToInstant();

    /// <summary>Rule 3 asked of the engine with notice, horizon, season and blocked time out of the way.</summary>
    private static IEnumerable<SlotObstacle> RefusedByEngine(SlotQuery query, Instant start, Guid? practitionerId, List<PractitionerInfo> practitioners, string times)
    {
        var relaxed = query with
        {
            Service = query.Service with { MinNoticeMinutes = 0, MaxAdvanceDays = 1, Visibility = Engine.ServiceVisibility.Public, SeasonStart = null, SeasonEnd = null },
            Now = start,
            Blocked = [],
            Rooms = query.Service.RequiresRoom && query.Rooms.Count == 0 ? [Guid.Empty] : query.Rooms,
        };
        if (!OpenWithSomeone(relaxed, start))
        {
            return OpenWithSomeone(relaxed with { Location = relaxed.Location with { Closures = [] } }, start)
                ? [new(SlotObstacleKinds.Closure, $"The location is closed {times}.")]
                : [new(SlotObstacleKinds.Closed, $"{times} is outside the location's opening hours.")];
        }
        var working = SlotEngine.CandidatesAt(relaxed, start, practitionerId).Select(s => s.PractitionerId).ToHashSet();
        return practitioners.Where(p => !working.Contains(p.Id))
            .Select(p => new SlotObstacle(SlotObstacleKinds.WorkingTime, $"{p.Name} does not work {times}."));
    }

    /// <summary>Whether the location takes the time with a stand-in who works around the clock that day.</summary>
    private static bool OpenWithSomeone(SlotQuery query, Instant start)
    {
        var date = start.InZone(query.Location.Zone).Date;
        var allDay = new ScheduleException(true, date.PlusDays(-1).AtMidnight(), date.PlusDays(2).AtMidnight());
        return SlotEngine.CandidatesAt(query with { Practitioners = [new PractitionerCalendar(Guid.Empty, [], [allDay])] }, start, null).Count > 0;
    }
}
