using System.Reflection;
using WellPath.Host;
using WellPath.SharedKernel.Modules;

namespace WellPath.Architecture.Tests;

/// <summary>The assemblies of the listed modules: each module's implementation and its Contracts.</summary>
internal static class ModuleAssemblies
{
    public static readonly Assembly SharedKernel = typeof(IModule).Assembly;

    public static readonly Assembly Host = typeof(WellPathModules).Assembly;

    public static IReadOnlyList<Assembly> Implementations { get; } =
        WellPathModules.All.Select(m => m.GetType().Assembly).Distinct().ToList();

    public static IReadOnlyList<Assembly> Contracts { get; } =
        Implementations.SelectMany(a => a.GetReferencedAssemblies())
            .Where(n => n.Name!.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Distinct()
            .ToList();

    public static string RootNamespace(Assembly assembly) => assembly.GetName().Name!;

    /// <summary>
    /// Names that only code inside <paramref name="implementation"/> may use: its sub-namespaces and the full names of the
    /// types in its root namespace. (NetArchTest matches by prefix, and WellPath.Access is a prefix of WellPath.Access.Contracts.)
    /// </summary>
    public static string[] InternalNames(Assembly implementation)
    {
        var root = RootNamespace(implementation);
        // Compiler-generated helpers (e.g. Microsoft.CodeAnalysis.EmbeddedAttribute) live in every assembly; they are nobody's internals.
        var types = implementation.GetTypes().Where(t => t.Namespace is not null && (t.Namespace == root || t.Namespace.StartsWith(root + ".", StringComparison.Ordinal))).ToList();
        return types.Where(t => t.Namespace != root).Select(t => t.Namespace!)
            .Concat(types.Where(t => t.Namespace == root && !t.IsNested).Select(t => t.FullName!))
            .Distinct()
            .ToArray();
    }
}
