using Dapper;
using WellPath.SharedKernel.Outbox;

namespace WellPath.SharedKernel.Tests.Integration;

public sealed record SomethingHappened(Guid Id, string Note);

/// <summary>Records each delivery in the handler's transaction, so the test can count them.</summary>
internal sealed class RecordingHandler : IEventHandler<SomethingHappened>
{
    public const string CreateTableSql = """
        create table if not exists public.received_events (
            message_id uuid not null, event_id uuid not null, note text not null, received_at timestamptz not null default now())
        """;

    public Task HandleAsync(SomethingHappened @event, EventContext context, CancellationToken cancellationToken)
    {
        if (@event.Note == "fail")
        {
            throw new InvalidOperationException("The handler refused this event.");
        }
        return context.Connection.ExecuteAsync(new CommandDefinition(
            "insert into public.received_events (message_id, event_id, note) values (@MessageId, @Id, @Note)",
            new { context.MessageId, @event.Id, @event.Note },
            context.Transaction,
            cancellationToken: cancellationToken));
    }
}
