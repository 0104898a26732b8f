using Dapper;
using Npgsql;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Shared;

/// <summary>The appointments a caller can see, with the scope in the query: outside it an appointment does not exist (404).</summary>
internal static class ScopedAppointments
{
    /// <summary>The scope filter over <c>a</c>, with the parameters of <see cref="ScopeParameters"/>.</summary>
    public const string ScopePredicate = """
        (@AllLocations
         or (@Role in ('clinic_manager', 'reception') and a.location_id = any(@LocationIds))
         or (@Role = 'practitioner' and a.practitioner_id = @CallerPractitionerId)
         or (@Role = 'customer' and a.customer_id = @CustomerId))
        """;

    private const string Sql = "select a.* from appointments.appointments a where a.id = @Id and " + ScopePredicate;

    public static DynamicParameters ScopeParameters(CallerScope caller)
    {
        var parameters = new DynamicParameters();
        parameters.Add("AllLocations", caller.AllLocations);
        parameters.Add("Role", caller.Role);
        parameters.Add("LocationIds", caller.LocationFilter);
        parameters.Add("CallerPractitionerId", caller.PractitionerId);
        parameters.Add("CustomerId", caller.CustomerId);
        return parameters;
    }

    public static Task<AppointmentRow?> FindAsync(NpgsqlConnection connection, Guid id, CallerScope caller, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var parameters = ScopeParameters(caller);
        parameters.Add("Id", id);
        return connection.QuerySingleOrDefaultAsync<AppointmentRow>(new CommandDefinition(Sql, parameters, transaction, cancellationToken: cancellationToken));
    }
}
