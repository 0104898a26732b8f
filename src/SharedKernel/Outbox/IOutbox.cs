using Npgsql;
using WellPath.SharedKernel.Data;

namespace WellPath.SharedKernel.Outbox;

/// <summary>Records an event in the same transaction as the change it announces; delivery happens after commit.</summary>
public interface IOutbox
{
    Task EnqueueAsync<TEvent>(string module, TEvent @event, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        where TEvent : notnull;

    /// <summary>Adds the events to <paramref name="change"/> as its part <c>outbox</c> (once per statement), written with the change itself.</summary>
    void AddTo(ChangeStatement change, string module, params object[] events);
}
