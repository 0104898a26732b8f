using Dapper;
using Npgsql;

namespace WellPath.Access.Shared;

/// <summary>Reads one staff member with their locations, optionally locking the row for a change.</summary>
internal static class StaffQueries
{
    private const string FindSql = """
        select s.id, s.email, s.name, s.role, s.practitioner_id, s.active, s.created_at, s.last_sign_in_at,
               coalesce((select array_agg(l.location_id order by l.location_id) from access.staff_locations l where l.staff_id = s.id), '{}') as location_ids
        from access.staff s
        where s.id = @Id
        """;

    private const string FindForUpdateSql = FindSql + "\nfor update of s";

    public static async Task<StaffResponse?> FindAsync(
        NpgsqlConnection connection, Guid id, NpgsqlTransaction? transaction, bool forUpdate, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<StaffRow>(new CommandDefinition(
            forUpdate ? FindForUpdateSql : FindSql, new { Id = id }, transaction, cancellationToken: cancellationToken));
        return row?.ToResponse();
    }
}
