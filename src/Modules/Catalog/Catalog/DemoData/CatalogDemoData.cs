using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Modules;

namespace WellPath.Catalog.DemoData;

/// <summary>
/// The demo catalog, generated deterministically: the same size gives the same rows and ids every time. Size 1 is the
/// WellPath group (7 clinics, 60 practitioners, 70 rooms of 4 types, 25 services); size n repeats the clinics, their
/// rooms and practitioners n times (for benchmarks) with the same 25 services offered at every copy.
/// </summary>
internal sealed record CatalogDemoData(
    IReadOnlyList<DemoLocation> Locations,
    IReadOnlyList<DemoClosure> Closures,
    IReadOnlyList<DemoRoomType> RoomTypes,
    IReadOnlyList<DemoRoom> Rooms,
    IReadOnlyList<DemoPractitioner> Practitioners,
    IReadOnlyList<DemoService> Services)
{
    public const int PractitionersPerGroup = 60;

    public static readonly DateOnly SeasonStart = new(2026, 11, 1);
    public static readonly DateOnly SeasonEnd = new(2027, 2, 28);

    private static readonly (string Name, int PerClinic)[] RoomKinds =
        [("Treatment room", 4), ("Massage room", 3), ("Consultation room", 2), ("Rehab gym", 1)];

    public static CatalogDemoData Generate(int size = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var groups = Enumerable.Range(0, size).ToList();
        var locations = groups.SelectMany(g => DemoClinics.All.Select((c, i) => Location(g, i + 1, c))).ToList();
        var roomTypes = RoomKinds.Select((k, i) => new DemoRoomType(DemoIds.For("room-type", i + 1), k.Name)).ToList();
        var rooms = locations.SelectMany(l => RoomKinds.Zip(roomTypes).SelectMany(k =>
            Enumerable.Range(1, k.First.PerClinic).Select(n => (l, k.Second, Name: $"{k.First.Name.Split(' ')[0]} {n}")))).Select((r, i) => new DemoRoom(
            DemoIds.For("room", i + 1), r.l.Id, r.Item2.Id, r.Name, Active: !(r.l.Clinic == 5 && r.Name == "Massage 3"))).ToList();
        var practitioners = groups.SelectMany(g => Enumerable.Range(1, PractitionersPerGroup).Select(i => Practitioner(g, i))).ToList();
        var services = DemoServices.Menu.Select((m, i) => Service(i + 1, m, locations, practitioners, roomTypes)).ToList();
        var closures = locations.SelectMany((l, i) => DemoHolidays.For(l.Clinic).Select((h, n) =>
            new DemoClosure(DemoIds.For("closure", (i * 100) + n + 1), l.Id, h.Date, h.Start, h.End, h.Reason))).ToList();
        return new CatalogDemoData(locations, closures, roomTypes, rooms, practitioners, services);
    }

    private static DemoLocation Location(int group, int clinic, DemoClinic c) => new(
        DemoIds.Location((group * DemoClinics.All.Count) + clinic),
        clinic,
        group == 0 ? $"WellPath {c.Name}" : $"WellPath {c.Name} {group + 1}",
        c.TimeZone, c.Address, c.Phone, $"{c.Slug}{(group == 0 ? "" : group + 1)}@wellpath.demo", c.Hours, c.Live);

    /// <summary>Practitioner i works at clinic ((i - 1) mod 7) + 1 in one discipline; every fifth also at the next clinic.</summary>
    private static DemoPractitioner Practitioner(int group, int i)
    {
        var number = (group * PractitionersPerGroup) + i;
        var clinic = DemoLayout.HomeClinic(i);
        var locations = DemoLayout.PractitionerLocations(group, i);
        var (first, last) = DemoNames.For(number);
        return new DemoPractitioner(
            DemoIds.Practitioner(number), $"{first} {last}", $"{first}.{last}{number}@wellpath.demo".ToLowerInvariant().Replace("'", ""),
            DemoServices.Disciplines[((i - 1) / DemoClinics.All.Count) % DemoServices.Disciplines.Count], clinic, locations);
    }

    private static DemoService Service(int number, DemoMenuItem item, List<DemoLocation> locations, List<DemoPractitioner> practitioners, List<DemoRoomType> roomTypes)
    {
        var clinics = item.NewYork ? [DemoClinics.NewYork] : CategoryClinics(item.Category);
        var at = locations.Where(l => clinics.Contains(l.Clinic)).Select(l => l.Id).ToList();
        var by = practitioners.Where(p => p.Discipline == item.Category && p.LocationIds.Any(at.Contains)).Select(p => p.Id).ToList();
        return new DemoService(
            DemoIds.For("service", number), item, roomTypes.SingleOrDefault(t => t.Name == item.RoomType)?.Id, item.NewYork ? "USD" : "GBP", at, by);
    }

    private static int[] CategoryClinics(string category) => category switch
    {
        DemoServices.Nutrition => [1, 2, 4, 6],
        DemoServices.Rehabilitation => [1, 3, 4, 5, 6],
        DemoServices.Workplace => [1, 4, 6],
        _ => [1, 2, 3, 4, 5, 6],
    };
}

internal sealed record DemoLocation(
    Guid Id, int Clinic, string Name, string TimeZone, string Address, string Phone, string Email, IReadOnlyDictionary<string, List<List<string?>?>?> Hours, bool Live);

internal sealed record DemoClosure(Guid Id, Guid LocationId, DateOnly Date, TimeOnly? Start, TimeOnly? End, string Reason);

internal sealed record DemoRoomType(Guid Id, string Name);

internal sealed record DemoRoom(Guid Id, Guid LocationId, Guid RoomTypeId, string Name, bool Active);

internal sealed record DemoPractitioner(Guid Id, string Name, string Email, string Discipline, int Clinic, IReadOnlyList<Guid> LocationIds);

internal sealed record DemoService(Guid Id, DemoMenuItem Item, Guid? RoomTypeId, string Currency, IReadOnlyList<Guid> LocationIds, IReadOnlyList<Guid> PractitionerIds);
