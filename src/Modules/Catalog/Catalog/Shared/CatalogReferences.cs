using Dapper;
using FluentValidation;
using Npgsql;

namespace WellPath.Catalog.Shared;

/// <summary>
/// Which referenced ids do not exist, for 422 answers that name the field. Checking before the write is safe because
/// catalog rows are never deleted, only deactivated; the foreign keys still refuse anything that slips through.
/// </summary>
internal sealed class CatalogReferences(NpgsqlDataSource dataSource)
{
    private const string UnknownLocationsSql = """
        select x from unnest(@Ids) x where not exists (select 1 from catalog.locations l where l.id = x)
        """;

    private const string UnknownPractitionersSql = """
        select x from unnest(@Ids) x where not exists (select 1 from catalog.practitioners p where p.id = x)
        """;

    private const string UnknownRoomTypesSql = """
        select x from unnest(@Ids) x where not exists (select 1 from catalog.room_types t where t.id = x)
        """;

    public Task<IReadOnlyList<Guid>> UnknownLocationsAsync(IEnumerable<Guid>? ids, CancellationToken cancellationToken) =>
        UnknownAsync(UnknownLocationsSql, ids, cancellationToken);

    public Task<IReadOnlyList<Guid>> UnknownPractitionersAsync(IEnumerable<Guid>? ids, CancellationToken cancellationToken) =>
        UnknownAsync(UnknownPractitionersSql, ids, cancellationToken);

    public async Task<bool> RoomTypeExistsAsync(Guid? id, CancellationToken cancellationToken) =>
        id is not { } known || (await UnknownAsync(UnknownRoomTypesSql, [known], cancellationToken)).Count == 0;

    private async Task<IReadOnlyList<Guid>> UnknownAsync(string sql, IEnumerable<Guid>? ids, CancellationToken cancellationToken)
    {
        var distinct = ids?.Distinct().ToArray() ?? [];
        if (distinct.Length == 0)
        {
            return [];
        }
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(sql, new { Ids = distinct }, cancellationToken: cancellationToken))).ToList();
    }
}

internal static class CatalogReferenceRules
{
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<Guid>?> KnownLocations<T>(
        this IRuleBuilderOptions<T, IReadOnlyList<Guid>?> rule, CatalogReferences references) =>
        rule.CustomAsync(async (ids, context, cancellationToken) =>
        {
            foreach (var unknown in await references.UnknownLocationsAsync(ids, cancellationToken))
            {
                context.AddFailure($"There is no location {unknown}.");
            }
        });

    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<Guid>?> KnownPractitioners<T>(
        this IRuleBuilderOptions<T, IReadOnlyList<Guid>?> rule, CatalogReferences references) =>
        rule.CustomAsync(async (ids, context, cancellationToken) =>
        {
            foreach (var unknown in await references.UnknownPractitionersAsync(ids, cancellationToken))
            {
                context.AddFailure($"There is no practitioner {unknown}.");
            }
        });
}
