using System.Collections.Concurrent;
using System.Reflection;

namespace WellPath.SharedKernel.Outbox;

/// <summary>Calls <see cref="IEventHandler{TEvent}"/> for an event type known only at run time, without reflection per call.</summary>
internal static class HandlerInvoker
{
    public delegate Task Invoke(object handler, object @event, EventContext context, CancellationToken cancellationToken);

    private static readonly ConcurrentDictionary<Type, Invoke> Cache = new();

    private static readonly MethodInfo Typed = typeof(HandlerInvoker).GetMethod(nameof(InvokeTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Invoke For(Type eventType) =>
        Cache.GetOrAdd(eventType, t => Typed.MakeGenericMethod(t).CreateDelegate<Invoke>());

    private static Task InvokeTyped<TEvent>(object handler, object @event, EventContext context, CancellationToken cancellationToken) =>
        ((IEventHandler<TEvent>)handler).HandleAsync((TEvent)@event, context, cancellationToken);
}
