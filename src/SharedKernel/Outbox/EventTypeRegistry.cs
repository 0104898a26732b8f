using Microsoft.Extensions.DependencyInjection;

namespace WellPath.SharedKernel.Outbox;

/// <summary>The event types some handler subscribes to, known from the handler registrations at start-up.</summary>
internal sealed class EventTypeRegistry
{
    private readonly Dictionary<string, Type> byName;

    public EventTypeRegistry(IServiceCollection services)
    {
        byName = services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEventHandler<>))
            .Select(t => t.GetGenericArguments()[0])
            .Distinct()
            .ToDictionary(NameOf);
    }

    public static string NameOf(Type eventType) => eventType.FullName ?? eventType.Name;

    public Type? Find(string name) => byName.GetValueOrDefault(name);
}
