using Dapper;
using Npgsql;
using WellPath.Access.Shared;

namespace WellPath.Access.ListStaff;

internal sealed class ListStaffHandler(NpgsqlDataSource dataSource)
{
    public const int PageSize = 50;

    // strpos rather than like: the search text is matched literally, % and _ included.
    private const string ListSql = """
        select s.id, s.email, s.name, s.role, s.practitioner_id, s.active, s.created_at, s.last_sign_in_at,
               coalesce((select array_agg(l.location_id order by l.location_id) from access.staff_locations l where l.staff_id = s.id), '{}') as location_ids
        from access.staff s
        where (@Text::text is null or strpos(lower(s.name), lower(@Text)) > 0 or strpos(s.email_key, lower(@Text)) > 0)
          and (@Role::text is null or s.role = @Role)
          and (@Active::boolean is null or s.active = @Active)
        order by lower(s.name), s.id
        limit @Limit offset @Offset
        """;

    public async Task<StaffList> HandleAsync(StaffFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<StaffRow>(new CommandDefinition(
            ListSql,
            new { filter.Text, filter.Role, filter.Active, Limit = PageSize + 1, Offset = (filter.Page - 1) * PageSize },
            cancellationToken: cancellationToken))).ToList();
        var items = rows.Take(PageSize).Select(r => r.ToResponse()).ToList();
        return new StaffList(items, filter.Page, rows.Count > PageSize);
    }
}

internal sealed record StaffList(IReadOnlyList<StaffResponse> Items, int Page, bool HasMore)
{
    public int? NextPage => HasMore ? Page + 1 : null;
}
