namespace WellPath.SharedKernel.Outbox;

/// <summary>
/// Reacts to an outbox event. Runs inside <see cref="EventContext.Transaction"/>, which also records the delivery,
/// so work written through it happens exactly once; side effects outside the database must be idempotent.
/// </summary>
public interface IEventHandler<in TEvent>
{
    Task HandleAsync(TEvent @event, EventContext context, CancellationToken cancellationToken);
}
