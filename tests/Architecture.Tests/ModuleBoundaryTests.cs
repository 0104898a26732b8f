using System.Reflection;
using NetArchTest.Rules;
using WellPath.Host;

namespace WellPath.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Every_listed_module_has_its_own_assembly_named_after_it()
    {
        foreach (var module in WellPathModules.All)
        {
            var assembly = module.GetType().Assembly;
            Assert.StartsWith("WellPath.", assembly.GetName().Name);
            Assert.NotEqual(ModuleAssemblies.Host, assembly);
            Assert.NotEqual(ModuleAssemblies.SharedKernel, assembly);
        }
        Assert.Equal(WellPathModules.All.Count, ModuleAssemblies.Implementations.Count);
    }

    [Fact]
    public void A_module_references_only_the_shared_kernel_and_other_modules_contracts()
    {
        var implementations = ModuleAssemblies.Implementations.Select(a => a.GetName().Name!).ToHashSet();
        foreach (var assembly in ModuleAssemblies.Implementations)
        {
            var forbidden = assembly.GetReferencedAssemblies()
                .Select(r => r.Name!)
                .Where(name => name == ModuleAssemblies.Host.GetName().Name || (implementations.Contains(name) && name != assembly.GetName().Name))
                .ToList();
            Assert.True(forbidden.Count == 0, $"{assembly.GetName().Name} references {string.Join(", ", forbidden)}; use their .Contracts.");

            var otherNamespaces = ModuleAssemblies.Implementations.Where(a => a != assembly).SelectMany(ModuleAssemblies.InternalNames).ToArray();
            if (otherNamespaces.Length > 0)
            {
                var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(otherNamespaces).GetResult();
                Assert.True(result.IsSuccessful, Describe(result, assembly));
            }
        }
    }

    [Fact]
    public void Contracts_depend_on_nothing_but_the_shared_kernel_and_other_contracts()
    {
        var implementations = ModuleAssemblies.Implementations.SelectMany(ModuleAssemblies.InternalNames).Append(ModuleAssemblies.Host.GetName().Name!).ToArray();
        var implementationAssemblies = ModuleAssemblies.Implementations.Append(ModuleAssemblies.Host).Select(a => a.GetName().Name).ToHashSet();
        Assert.NotEmpty(ModuleAssemblies.Contracts);
        foreach (var contracts in ModuleAssemblies.Contracts)
        {
            Assert.DoesNotContain(contracts.GetReferencedAssemblies(), r => implementationAssemblies.Contains(r.Name));
            var result = Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny(implementations).GetResult();
            Assert.True(result.IsSuccessful, Describe(result, contracts));
        }
    }

    [Fact]
    public void The_shared_kernel_knows_no_module_and_no_host()
    {
        var names = ModuleAssemblies.Implementations.Concat(ModuleAssemblies.Contracts).Append(ModuleAssemblies.Host)
            .Select(a => a.GetName().Name!).ToArray();

        var result = Types.InAssembly(ModuleAssemblies.SharedKernel).ShouldNot().HaveDependencyOnAny(names).GetResult();

        Assert.True(result.IsSuccessful, Describe(result, ModuleAssemblies.SharedKernel));
        Assert.DoesNotContain(ModuleAssemblies.SharedKernel.GetReferencedAssemblies(), r => names.Contains(r.Name));
    }

    [Fact]
    public void The_host_touches_a_module_only_through_its_IModule_entry_point()
    {
        var moduleEntryPoints = WellPathModules.All.Select(m => m.GetType().FullName!).ToHashSet();
        var moduleInternals = ModuleAssemblies.Implementations.SelectMany(ModuleAssemblies.InternalNames).Where(n => !moduleEntryPoints.Contains(n)).ToArray();
        var result = Types.InAssembly(ModuleAssemblies.Host)
            .ShouldNot().HaveDependencyOnAny([.. moduleInternals, .. ModuleAssemblies.Contracts.Select(ModuleAssemblies.RootNamespace)])
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result, ModuleAssemblies.Host));
        var program = typeof(Program);
        Assert.Equal(ModuleAssemblies.Host, program.Assembly);
    }

    [Fact]
    public void Only_contracts_and_the_module_entry_point_are_public_in_a_module()
    {
        foreach (var assembly in ModuleAssemblies.Implementations)
        {
            var componentParameters = ComponentParameterTypes(assembly);
            var leaked = assembly.GetExportedTypes()
                .Where(t => !typeof(WellPath.SharedKernel.Modules.IModule).IsAssignableFrom(t))
                .Where(t => !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t))
                .Where(t => !componentParameters.Contains(t))
                .Where(t => t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null && t.Name != "_Imports")
                .Select(t => t.FullName)
                .ToList();
            Assert.True(leaked.Count == 0, $"{assembly.GetName().Name} makes public: {string.Join(", ", leaked)}. Make them internal or move them to .Contracts.");
        }
    }

    /// <summary>
    /// The module's own types that its public components take as parameters, and the types those expose: a component
    /// parameter must be public, so its type must be too.
    /// </summary>
    private static HashSet<Type> ComponentParameterTypes(Assembly assembly)
    {
        var found = new HashSet<Type>();
        var pending = new Queue<Type>(assembly.GetExportedTypes()
            .Where(t => typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties().Where(p => p.GetCustomAttribute<Microsoft.AspNetCore.Components.ParameterAttribute>() is not null))
            .Select(p => p.PropertyType));
        while (pending.TryDequeue(out var type))
        {
            foreach (var part in type.GetGenericArguments().Append(type.GetElementType()).Append(type).OfType<Type>().Where(t => t.Assembly == assembly))
            {
                if (found.Add(part))
                {
                    foreach (var property in part.GetProperties())
                    {
                        pending.Enqueue(property.PropertyType);
                    }
                }
            }
            foreach (var argument in type.GetGenericArguments().Where(t => t.Assembly != assembly))
            {
                pending.Enqueue(argument);
            }
        }
        return found;
    }

    private static string Describe(TestResult result, Assembly assembly) =>
        result.IsSuccessful ? "" : $"{assembly.GetName().Name}: {string.Join(", ", result.FailingTypeNames ?? [])}";
}
