using Dapper;
using Npgsql;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.Shared;

/// <summary>Practitioners working at a location in the caller's scope (admins and operations see all).</summary>
internal static class PractitionerReader
{
    private const string SelectSql = """
        select p.id, p.name, p.email, p.staff_id,
               array(select pl.location_id from catalog.practitioner_locations pl where pl.practitioner_id = p.id order by pl.location_id) as location_ids,
               p.active
        from catalog.practitioners p
        where (@Id::uuid is null or p.id = @Id)
          and (@AllLocations or exists (
              select 1 from catalog.practitioner_locations pl where pl.practitioner_id = p.id and pl.location_id = any(@LocationIds)))
        order by p.name, p.id
        """;

    public static async Task<IReadOnlyList<PractitionerResponse>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CallerScope caller, Guid? id, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<PractitionerRow>(new CommandDefinition(
            SelectSql, new { Id = id, caller.AllLocations, LocationIds = caller.LocationFilter }, transaction, cancellationToken: cancellationToken)))
        .Select(r => new PractitionerResponse(r.Id, r.Name, r.Email, r.StaffId, r.LocationIds, r.Active))
        .ToList();

    private sealed class PractitionerRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string? Email { get; init; }
        public Guid? StaffId { get; init; }
        public Guid[] LocationIds { get; init; } = [];
        public bool Active { get; init; }
    }
}
