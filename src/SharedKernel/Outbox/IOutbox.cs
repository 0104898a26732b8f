using Npgsql;

namespace WellPath.SharedKernel.Outbox;

/// <summary>Records an event in the same transaction as the change it announces; delivery happens after commit.</summary>
public interface IOutbox
{
    Task EnqueueAsync<TEvent>(string module, TEvent @event, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        where TEvent : notnull;
}
