using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.AdminServices;

/// <summary>The service editor's choices: the locations and practitioners the caller may see, and every room type.</summary>
internal sealed class ServiceEditorQueries(NpgsqlDataSource dataSource, LocationReader locations, ServiceReader services)
{
    /// <summary>Null when <paramref name="id"/> names no service the caller may see.</summary>
    public async Task<ServiceEditorView?> LoadAsync(
        Guid? id, CallerScope caller, ServiceForm? form, IReadOnlyDictionary<string, string[]>? errors, bool saved, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        ServiceResponse? service = null;
        if (id is { } known && (service = await services.FindAsync(connection, null, caller, known, cancellationToken)) is null)
        {
            return null;
        }
        var locationOptions = await AdminLists.LocationOptionsAsync(connection, locations, caller, cancellationToken);
        var practitioners = (await PractitionerReader.ReadAsync(connection, null, caller, null, cancellationToken)).Select(p => new CatalogOption(p.Id, p.Name)).ToList();
        var roomTypes = (await RoomTypeReader.ReadAsync(connection, cancellationToken)).Select(t => new CatalogOption(t.Id, t.Name)).ToList();
        return new ServiceEditorView(
            id, form ?? (service is null ? ServiceForms.Blank : ServiceForms.From(service)), errors ?? new Dictionary<string, string[]>(),
            caller.Role == Roles.Admin, saved, locationOptions, practitioners, roomTypes);
    }
}
