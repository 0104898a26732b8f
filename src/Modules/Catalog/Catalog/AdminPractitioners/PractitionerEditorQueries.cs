using Dapper;
using Microsoft.AspNetCore.Http;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.AdminPractitioners;

/// <summary>The practitioner editor: the practitioner as the caller may see them, the locations to choose from, and their services.</summary>
internal sealed class PractitionerEditorQueries(NpgsqlDataSource dataSource, LocationReader locations)
{
    private static readonly PractitionerForm Blank = new("", null, null, true, []);

    private const string ServicesSql = """
        select s.id, s.name from catalog.services s
        join catalog.service_practitioners sp on sp.service_id = s.id and sp.practitioner_id = @Id
        order by s.name, s.id
        """;

    /// <summary>Null when <paramref name="id"/> names no practitioner the caller may see.</summary>
    public async Task<PractitionerEditorView?> LoadAsync(
        Guid? id, CallerScope caller, PractitionerForm? form, IReadOnlyDictionary<string, string[]>? errors, bool saved, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        PractitionerResponse? practitioner = null;
        if (id is { } known && (practitioner = (await PractitionerReader.ReadAsync(connection, null, caller, known, cancellationToken)).SingleOrDefault()) is null)
        {
            return null;
        }
        var options = await AdminLists.LocationOptionsAsync(connection, locations, caller, cancellationToken);
        var services = id is null ? [] : (await connection.QueryAsync<CatalogOption>(new CommandDefinition(ServicesSql, new { Id = id }, cancellationToken: cancellationToken))).ToList();
        return new PractitionerEditorView(
            id, form ?? (practitioner is null ? Blank : From(practitioner)), errors ?? new Dictionary<string, string[]>(), caller.Role == Roles.Admin, saved, options, services);
    }

    public static PractitionerForm From(IFormCollection form) => new(
        form["Name"].ToString(), form["Email"], form["StaffId"], form["Active"] == "true",
        [.. form["LocationIds"].Select(v => Guid.TryParse(v, out var location) ? location : Guid.Empty).Distinct()]);

    /// <summary>A staff id that is not a UUID becomes the empty id, which the validator refuses.</summary>
    public static PractitionerRequest Request(PractitionerForm form) => new(
        form.Name, form.Email.TrimToNull(), form.LocationIds,
        string.IsNullOrWhiteSpace(form.StaffId) ? null : Guid.TryParse(form.StaffId, out var staff) ? staff : Guid.Empty, form.Active);

    private static PractitionerForm From(PractitionerResponse p) => new(p.Name, p.Email, p.StaffId?.ToString(), p.Active, p.LocationIds);
}
