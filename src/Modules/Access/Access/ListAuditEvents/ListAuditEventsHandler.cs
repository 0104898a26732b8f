using Dapper;
using Npgsql;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Audit;

namespace WellPath.Access.ListAuditEvents;

/// <summary>Reads the audit trail, newest first. Reading it is not itself audited.</summary>
internal sealed class ListAuditEventsHandler(NpgsqlDataSource dataSource)
{
    public const int PageSize = 100;

    private const string ListSql = """
        select a.id, a.occurred_at, a.actor_id, a.actor_kind, s.name as actor_name, a.action, a.record_type, a.record_id,
               a.address, a.request_id, a.changes::text as changes
        from kernel.audit_events a
        left join access.staff s on a.actor_kind in ('staff', 'token') and s.id::text = a.actor_id
        where (@ActorId::text is null or a.actor_id = @ActorId)
          and (@RecordType::text is null or a.record_type = @RecordType)
          and (@RecordId::text is null or a.record_id = @RecordId)
          and (@Action::text is null or a.action = @Action)
          and (@From::timestamptz is null or a.occurred_at >= @From)
          and (@Until::timestamptz is null or a.occurred_at < @Until)
        order by a.occurred_at desc, a.id desc
        limit @Limit offset @Offset
        """;

    public async Task<AuditEventList> HandleAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AuditRow>(new CommandDefinition(
            ListSql,
            new
            {
                filter.ActorId, filter.RecordType, filter.RecordId, filter.Action, filter.From, filter.Until,
                Limit = PageSize + 1, Offset = (filter.Page - 1) * PageSize,
            },
            cancellationToken: cancellationToken))).ToList();
        return new AuditEventList(rows.Take(PageSize).Select(r => r.ToResponse()).ToList(), filter.Page, rows.Count > PageSize);
    }

    private sealed class AuditRow
    {
        public Guid Id { get; init; }

        public DateTime OccurredAt { get; init; }

        public string ActorId { get; init; } = "";

        public string ActorKind { get; init; } = "";

        public string? ActorName { get; init; }

        public string Action { get; init; } = "";

        public string RecordType { get; init; } = "";

        public string RecordId { get; init; } = "";

        public string? Address { get; init; }

        public string? RequestId { get; init; }

        public string? Changes { get; init; }

        public AuditEventResponse ToResponse() => new(
            Id, Instants.FromUtc(OccurredAt), ActorId, ActorKind, ActorName, Action, RecordType, RecordId, Address, RequestId, AuditRecord.ParseChanges(Changes));
    }
}
