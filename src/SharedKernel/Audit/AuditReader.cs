using System.Text.Json;
using Dapper;
using Npgsql;

namespace WellPath.SharedKernel.Audit;

internal sealed class AuditReader(NpgsqlDataSource dataSource) : IAuditReader
{
    public const int MaxEvents = 1000;

    private const string Sql = """
        select id, occurred_at, actor_id, actor_kind, action, record_id, changes::text as changes
        from kernel.audit_events
        where record_type = @RecordType and record_id = any(@RecordIds)
        order by occurred_at, id
        limit @Limit
        """;

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(string recordType, IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            Sql, new { RecordType = recordType, RecordIds = recordIds.ToArray(), Limit = MaxEvents }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public DateTime OccurredAt { get; init; }
        public string ActorId { get; init; } = "";
        public string ActorKind { get; init; } = "";
        public string Action { get; init; } = "";
        public string RecordId { get; init; } = "";
        public string? Changes { get; init; }

        public AuditRecord ToRecord() =>
            new(Id, new DateTimeOffset(OccurredAt, TimeSpan.Zero), ActorId, ActorKind, Action, RecordId, AuditRecord.ParseChanges(Changes));
    }
}
