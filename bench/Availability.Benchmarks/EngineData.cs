using NodaTime;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Benchmarks;

/// <summary>
/// The shape, generated deterministically: 14 days, one location, 10 eligible practitioners,
/// 5 rooms of the required type, 400 existing appointments.
/// </summary>
internal static class EngineData
{
    public const int Days = 14;
    public const int Practitioners = 10;
    public const int Rooms = 5;
    public const int Appointments = 400;

    public static readonly LocalDate From = new(2027, 3, 1);

    public static SlotQuery Build()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var random = new Random(20270301);
        var opening = Enum.GetValues<IsoDayOfWeek>().Where(d => d is not (IsoDayOfWeek.None or IsoDayOfWeek.Sunday))
            .Select(d => new OpeningHours(d, new LocalTime(8, 0), new LocalTime(20, 0))).ToList();
        var practitioners = Enumerable.Range(1, Practitioners).Select(p => new PractitionerCalendar(
            Id(p),
            Enum.GetValues<IsoDayOfWeek>().Where(d => d is not (IsoDayOfWeek.None or IsoDayOfWeek.Sunday))
                .Select(d => new WeeklyRule(d, new LocalTime(8 + p % 2, 0), new LocalTime(17 + p % 3, 0), [new LocalRange(new LocalTime(12, 30), new LocalTime(13, 0))]))
                .ToList(),
            p % 4 == 0 ? [new ScheduleException(false, From.PlusDays(3).AtMidnight(), From.PlusDays(4).AtMidnight())] : [])).ToList();
        var rooms = Enumerable.Range(1, Rooms).Select(r => Id(100 + r)).ToList();
        var blocked = new List<BlockedRange>(Appointments);
        for (var i = 0; i < Appointments; i++)
        {
            var date = From.PlusDays(random.Next(Days));
            var start = (date + new LocalTime(9 + random.Next(8), random.Next(4) * 15)).InZoneLeniently(zone).ToInstant();
            blocked.Add(new BlockedRange(start, start + Duration.FromMinutes(45), Id(1 + random.Next(Practitioners)), Id(101 + random.Next(Rooms))));
        }

        var service = new ServiceRules(45, 15, 0, 15, true, 60, 90, ServiceVisibility.Public);
        return new SlotQuery(service, new LocationCalendar(zone, opening, [new Closure(From.PlusDays(10))]), practitioners, rooms, blocked,
            Instant.FromUtc(2027, 2, 28, 12, 0), CallerIsStaff: false);
    }

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");
}
