using WellPath.Access;
using WellPath.Appointments;
using WellPath.Availability;
using WellPath.Catalog;
using WellPath.SharedKernel.Modules;

namespace WellPath.Host;

/// <summary>The modules this host runs, in migration order. Adding a module is one line here.</summary>
public static class WellPathModules
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new AccessModule(),
        new CatalogModule(),
        new AvailabilityModule(),
        new AppointmentsModule(),
    ];
}
