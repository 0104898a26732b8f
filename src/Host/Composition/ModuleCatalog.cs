using System.Reflection;
using WellPath.SharedKernel.Modules;

namespace WellPath.Host.Composition;

/// <summary>The listed modules, and the assemblies whose endpoints, jobs and migrations the host may load.</summary>
public sealed class ModuleCatalog(IReadOnlyList<IModule> modules)
{
    public IReadOnlyList<IModule> Modules { get; } = Validate(modules);

    public IEnumerable<Assembly> EndpointAssemblies =>
        Modules.Select(m => m.GetType().Assembly).Prepend(typeof(ModuleCatalog).Assembly).Distinct();

    private static IReadOnlyList<IModule> Validate(IReadOnlyList<IModule> modules)
    {
        foreach (var module in modules)
        {
            if (!ModuleNames.IsValid(module.Name) || ModuleNames.Kernel.Contains(module.Name))
            {
                throw new InvalidOperationException($"Module name '{module.Name}' is not a valid schema name.");
            }
        }
        var duplicate = modules.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? modules : throw new InvalidOperationException($"Module '{duplicate.Key}' is listed twice.");
    }
}
