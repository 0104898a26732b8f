using Dapper;
using Npgsql;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Shared;

/// <summary>The appointments a caller can see, with the scope in the query: outside it an appointment does not exist (404).</summary>
internal static class ScopedAppointments
{
    private const string Sql = """
        select a.* from appointments.appointments a
        where a.id = @Id and (
            @AllLocations
            or (@Role in ('clinic_manager', 'reception') and a.location_id = any(@LocationIds))
            or (@Role = 'practitioner' and a.practitioner_id = @PractitionerId)
            or (@Role = 'customer' and a.customer_id = @CustomerId))
        """;

    public static Task<AppointmentRow?> FindAsync(NpgsqlConnection connection, Guid id, CallerScope caller, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<AppointmentRow>(new CommandDefinition(Sql, new
        {
            Id = id,
            caller.AllLocations,
            caller.Role,
            LocationIds = caller.LocationFilter,
            caller.PractitionerId,
            caller.CustomerId,
        }, transaction, cancellationToken: cancellationToken));
}
