using Dapper;
using Npgsql;
using WellPath.Appointments.Reception.Shared;
using WellPath.Appointments.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.PendingRequests;

/// <summary>Requests waiting for approval at the caller's locations, the longest-waiting first.</summary>
internal sealed class PendingRequestsHandler(NpgsqlDataSource dataSource, ICatalogDirectory catalog, AppointmentLines lines)
{
    public const int MaxItems = 200;

    private const string Sql = """
        select a.* from appointments.appointments a
        where a.status = 'requested'
          and (@LocationId::uuid is null or a.location_id = @LocationId)
          and
        """ + ScopedAppointments.ScopePredicate + """
        order by a.created_at, a.id
        limit @Limit
        """;

    /// <summary>Null when the location is not one of the caller's.</summary>
    public async Task<PendingRequestsView?> HandleAsync(Guid? locationId, CallerScope caller, CancellationToken cancellationToken)
    {
        var locations = await catalog.LocationsOfAsync(caller, cancellationToken);
        if (locationId is { } id && locations.All(l => l.Id != id))
        {
            return null;
        }
        var parameters = ScopedAppointments.ScopeParameters(caller);
        parameters.AddDynamicParams(new { LocationId = locationId, Limit = MaxItems });
        List<AppointmentRow> rows;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            rows = (await connection.QueryAsync<AppointmentRow>(new CommandDefinition(Sql, parameters, cancellationToken: cancellationToken))).ToList();
        }
        return new PendingRequestsView(locations, locationId, await lines.BuildAsync(rows, caller, cancellationToken));
    }
}

internal sealed record PendingRequestsView(IReadOnlyList<LocationInfo> Locations, Guid? LocationId, IReadOnlyList<AppointmentLine> Lines);
