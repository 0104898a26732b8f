using Dapper;
using Npgsql;

namespace WellPath.Appointments.Shared;

internal static class AppointmentReader
{
    private const string ByIdSql = "select * from appointments.appointments where id = @Id";

    public static Task<AppointmentRow?> LoadAsync(NpgsqlConnection connection, Guid id, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<AppointmentRow>(new CommandDefinition(ByIdSql, new { Id = id }, transaction, cancellationToken: cancellationToken));
}
