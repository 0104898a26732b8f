using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WellPath.SharedKernel.Outbox;

namespace WellPath.SharedKernel.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// The conventional registrations every module makes over its own assembly:
    /// validators, use-case handlers, outbox event handlers and demo-data seeders, internal types included.
    /// </summary>
    public static IServiceCollection AddModuleConventions(this IServiceCollection services, Assembly assembly)
    {
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo(typeof(IEventHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(c => c.Where(IsUseCaseHandler), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime());
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo<IDemoDataSeeder>(), publicOnly: false)
            .As<IDemoDataSeeder>()
            .WithScopedLifetime());
        return services;
    }

    /// <summary>A use case's <c>...Handler</c> class, injected into its endpoint.</summary>
    private static bool IsUseCaseHandler(Type type) =>
        type.Name.EndsWith("Handler", StringComparison.Ordinal)
        && type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && !type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEventHandler<>))
        && !typeof(Microsoft.AspNetCore.Authentication.IAuthenticationHandler).IsAssignableFrom(type);
}
