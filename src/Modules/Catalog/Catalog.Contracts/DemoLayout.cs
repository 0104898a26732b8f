using WellPath.SharedKernel.Modules;

namespace WellPath.Catalog.Contracts;

/// <summary>
/// Where the demo practitioners work, so other modules' demo data (rosters, bookings) fits the demo catalog
/// without reading it: practitioner i of a group works at clinic ((i - 1) mod 7) + 1, and every fifth one
/// at a London clinic also at the next London clinic.
/// </summary>
public static class DemoLayout
{
    public const int ClinicsPerGroup = 7;
    public const int PractitionersPerGroup = 60;
    public const int NewYorkClinic = 7;

    public static int HomeClinic(int i) => ((i - 1) % ClinicsPerGroup) + 1;

    public static IReadOnlyList<Guid> PractitionerLocations(int group, int i)
    {
        var clinic = HomeClinic(i);
        var home = DemoIds.Location((group * ClinicsPerGroup) + clinic);
        return i % 5 == 0 && clinic < NewYorkClinic - 1 ? [home, DemoIds.Location((group * ClinicsPerGroup) + clinic + 1)] : [home];
    }

    public static IEnumerable<(Guid PractitionerId, IReadOnlyList<Guid> LocationIds)> Practitioners(int size = 1) =>
        Enumerable.Range(0, size).SelectMany(group => Enumerable.Range(1, PractitionersPerGroup)
            .Select(i => (DemoIds.Practitioner((group * PractitionersPerGroup) + i), PractitionerLocations(group, i))));
}
