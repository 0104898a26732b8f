using Dapper;
using Npgsql;
using WellPath.Access.Shared;

namespace WellPath.Access.ListTokens;

internal sealed class ListTokensHandler(NpgsqlDataSource dataSource)
{
    public const int PageSize = 50;
    public const int MaxStaffOptions = 500;

    private const string Columns = """
        select t.id, t.name, t.staff_id, s.name as staff_name, t.token_prefix as prefix, t.created_at, t.created_by, t.last_used_at, t.revoked_at
        from access.api_tokens t
        join access.staff s on s.id = t.staff_id
        """;

    private const string ListSql = Columns + """

        order by t.created_at desc, t.id desc
        limit @Limit offset @Offset
        """;

    private const string FindSql = Columns + "\nwhere t.id = @Id";

    private const string ActiveStaffSql = """
        select id, name, email from access.staff where active order by lower(name), id limit @Limit
        """;

    public async Task<TokenList> HandleAsync(int page, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TokenRow>(new CommandDefinition(
            ListSql, new { Limit = PageSize + 1, Offset = (page - 1) * PageSize }, cancellationToken: cancellationToken))).ToList();
        return new TokenList(rows.Take(PageSize).Select(r => r.ToResponse()).ToList(), page, rows.Count > PageSize);
    }

    public async Task<TokenResponse?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TokenRow>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToResponse();
    }

    /// <summary>Who a new token may act as: active accounts, by name.</summary>
    public async Task<IReadOnlyList<StaffOption>> ActiveStaffAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<StaffOption>(new CommandDefinition(
            ActiveStaffSql, new { Limit = MaxStaffOptions }, cancellationToken: cancellationToken))).ToList();
    }

    private sealed class TokenRow
    {
        public Guid Id { get; init; }

        public string Name { get; init; } = "";

        public Guid StaffId { get; init; }

        public string StaffName { get; init; } = "";

        public string Prefix { get; init; } = "";

        public DateTime CreatedAt { get; init; }

        public string CreatedBy { get; init; } = "";

        public DateTime? LastUsedAt { get; init; }

        public DateTime? RevokedAt { get; init; }

        public TokenResponse ToResponse() => new(
            Id, Name, StaffId, StaffName, Prefix, Instants.FromUtc(CreatedAt), CreatedBy,
            LastUsedAt is { } used ? Instants.FromUtc(used) : null,
            RevokedAt is { } revoked ? Instants.FromUtc(revoked) : null);
    }
}
