using NodaTime;
using NodaTime.Text;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Tests.Unit;

/// <summary>A readable way to set up one location, one service and its practitioners for the engine.</summary>
internal sealed class Scenario
{
    private readonly List<PractitionerCalendar> practitioners = [];
    private readonly List<OpeningHours> opening = [];
    private readonly List<Closure> closures = [];
    private readonly List<BlockedRange> blocked = [];
    private readonly List<Guid> rooms = [];

    public Scenario(string zone = "Europe/London", string now = "2027-01-01T00:00:00Z")
    {
        Zone = DateTimeZoneProviders.Tzdb[zone];
        Now = InstantPattern.General.Parse(now).Value;
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            opening.Add(new OpeningHours(day, new LocalTime(0, 0), new LocalTime(23, 59)));
        }
    }

    public DateTimeZone Zone { get; }

    public Instant Now { get; set; }

    public ServiceRules Service { get; set; } = new(30, 15, 0, 0, false, 0, 730, ServiceVisibility.Public);

    public bool CallerIsStaff { get; set; }

    public static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public Scenario Open(IsoDayOfWeek day, string opens, string closes)
    {
        opening.RemoveAll(o => o.Day == day && o.Opens == new LocalTime(0, 0) && o.Closes == new LocalTime(23, 59));
        opening.Add(new OpeningHours(day, Time(opens), Time(closes)));
        return this;
    }

    public Scenario Works(int practitioner, IsoDayOfWeek day, string start, string end, params string[] breaks)
    {
        Calendar(practitioner).Rules.Add(new WeeklyRule(day, Time(start), Time(end), breaks.Select(Range).ToList()));
        return this;
    }

    public Scenario WorksEveryDay(int practitioner, string start, string end, params string[] breaks)
    {
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            Works(practitioner, day, start, end, breaks);
        }
        return this;
    }

    public Scenario Exception(int practitioner, bool available, string start, string end)
    {
        Calendar(practitioner).Exceptions.Add(new ScheduleException(available, LocalMinute.Parse(start).Value, LocalMinute.Parse(end).Value));
        return this;
    }

    public Scenario Closed(string date, string? times = null)
    {
        closures.Add(new Closure(Date(date), times is null ? null : Range(times)));
        return this;
    }

    public Scenario Room(int room)
    {
        rooms.Add(Id(1000 + room));
        return this;
    }

    /// <summary>An existing appointment at local <paramref name="start"/> for <paramref name="minutes"/>, with its own buffers.</summary>
    public Scenario Booked(int practitioner, string start, int minutes, int? room = null, int before = 0, int after = 0)
    {
        var from = Local(start);
        blocked.Add(new BlockedRange(from - Duration.FromMinutes(before), from + Duration.FromMinutes(minutes + after), Id(practitioner), room is null ? null : Id(1000 + room.Value)));
        return this;
    }

    public SlotQuery Query() => new(Service, new LocationCalendar(Zone, opening, closures), [.. practitioners], rooms, blocked, Now, CallerIsStaff);

    public IReadOnlyList<Slot> Slots(string from, string? to = null, int? practitioner = null) =>
        SlotEngine.FindSlots(Query(), Date(from), Date(to ?? from), practitioner is null ? null : Id(practitioner.Value));

    /// <summary>Slot starts as local "HH:mm" on their own date, for readable assertions.</summary>
    public List<string> Times(string date, int? practitioner = null) =>
        Slots(date, date, practitioner).Select(s => s.Start.InZone(Zone).ToString("HH:mm", null)).ToList();

    public Instant Local(string localDateTime) => WallClock.BoundaryInstant(LocalMinute.Parse(localDateTime).Value, Zone);

    private static readonly LocalDateTimePattern LocalMinute = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static LocalDate Date(string value) => LocalDatePattern.Iso.Parse(value).Value;

    private static LocalTime Time(string value) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(value).Value;

    private static LocalRange Range(string value)
    {
        var parts = value.Split('-');
        return new LocalRange(Time(parts[0]), Time(parts[1]));
    }

    private (List<WeeklyRule> Rules, List<ScheduleException> Exceptions) Calendar(int practitioner)
    {
        var id = Id(practitioner);
        var existing = practitioners.FindIndex(p => p.PractitionerId == id);
        if (existing < 0)
        {
            practitioners.Add(new PractitionerCalendar(id, new List<WeeklyRule>(), new List<ScheduleException>()));
            existing = practitioners.Count - 1;
        }
        var calendar = practitioners[existing];
        return ((List<WeeklyRule>)calendar.Rules, (List<ScheduleException>)calendar.Exceptions);
    }
}
