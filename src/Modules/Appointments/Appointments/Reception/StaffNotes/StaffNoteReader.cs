using Dapper;
using Npgsql;

namespace WellPath.Appointments.Reception.StaffNotes;

internal sealed record StaffNote(Guid AppointmentId, string AuthorName, string Body, DateTime CreatedAt);

internal sealed class StaffNoteReader(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        select appointment_id, author_name, body, created_at from appointments.staff_notes
        where appointment_id = any(@Ids)
        order by created_at, id
        """;

    public async Task<ILookup<Guid, StaffNote>> ReadAsync(IReadOnlyCollection<Guid> appointmentIds, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, new { Ids = appointmentIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(r => new StaffNote(r.AppointmentId, r.AuthorName, r.Body, r.CreatedAt)).ToLookup(n => n.AppointmentId);
    }

    private sealed class Row
    {
        public Guid AppointmentId { get; init; }
        public string AuthorName { get; init; } = "";
        public string Body { get; init; } = "";
        public DateTime CreatedAt { get; init; }
    }
}
