using Carter;
using WellPath.SharedKernel.Modules;

namespace WellPath.Host.Composition;

internal static class CarterRegistration
{
    /// <summary>Carter endpoints of the listed modules (and the host's own pages) only, internal types included.</summary>
    public static IServiceCollection AddCarterForModules(this IServiceCollection services, IReadOnlyList<IModule> modules)
    {
        var assemblies = new ModuleCatalog(modules).EndpointAssemblies.ToArray();
        var carterModules = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICarterModule).IsAssignableFrom(t))
            .ToArray();
        return services.AddCarter(new DependencyContextAssemblyCatalog(assemblies), c => c.WithModules(carterModules).WithEmptyValidators());
    }
}
