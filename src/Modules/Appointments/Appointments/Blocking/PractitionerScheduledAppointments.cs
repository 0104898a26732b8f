using Dapper;
using Npgsql;
using WellPath.Availability.Contracts;

namespace WellPath.Appointments.Blocking;

/// <summary>The appointments ahead that a schedule change must not silently leave outside the practitioner's working time.</summary>
internal sealed class PractitionerScheduledAppointments(NpgsqlDataSource dataSource) : IScheduledAppointments
{
    // The practitioner exclusion constraint's gist index on (practitioner_id, blocked) answers this; blocked contains [start, end).
    private const string Sql = """
        select id, reference, location_id, service_id, start_at, end_at, status, time_zone
        from appointments.appointments
        where practitioner_id = @PractitionerId
          and status in ('requested', 'confirmed', 'checked_in')
          and blocked && tstzrange(@From, @To, '[)')
          and start_at < @To and end_at > @From
        order by start_at, id
        """;

    public async Task<IReadOnlyList<ScheduledAppointment>> GetBlockingAsync(Guid practitionerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            Sql, new { PractitionerId = practitionerId, From = from.ToUniversalTime(), To = to.ToUniversalTime() }, cancellationToken: cancellationToken));
        return rows.Select(r => new ScheduledAppointment(
            r.Id, r.Reference, r.LocationId, r.ServiceId, new DateTimeOffset(r.StartAt, TimeSpan.Zero), new DateTimeOffset(r.EndAt, TimeSpan.Zero), r.Status, r.TimeZone)).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Reference { get; init; } = "";
        public Guid LocationId { get; init; }
        public Guid ServiceId { get; init; }
        public DateTime StartAt { get; init; }
        public DateTime EndAt { get; init; }
        public string Status { get; init; } = "";
        public string TimeZone { get; init; } = "";
    }
}
