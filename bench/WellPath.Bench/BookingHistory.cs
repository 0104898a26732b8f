using Npgsql;

namespace WellPath.Bench;

/// <summary>
/// A year of past, completed appointments for the benchmark clinics (16 a day each), with their audit and outbox
/// rows, so the booking runs against tables and indexes of a clinic that has been in use, not empty ones.
/// </summary>
internal static class BookingHistory
{
    private const string InsertSql = """
        with slots as (
            select c.location_id, c.practitioner_id, c.room_id,
                   date_trunc('day', now()) - make_interval(days => d) + make_interval(hours => 9) + make_interval(mins => 30 * s) as start_at
            from unnest(@Locations, @Practitioners, @Rooms) as c(location_id, practitioner_id, room_id),
                 generate_series(1, 365) as d, generate_series(0, 15) as s
        ), appointment as (
            insert into appointments.appointments
                (id, reference, status, service_id, location_id, time_zone, practitioner_id, room_id, customer_id, start_at, end_at,
                 blocked, source, cancellation_window_hours, created_at, updated_at)
            select gen_random_uuid(), 'Z' || upper(substr(md5(random()::text), 1, 3)) || '-' || upper(substr(md5(random()::text), 1, 4)),
                   'completed', @Service, location_id, 'Europe/London', practitioner_id, room_id, @Customer, start_at, start_at + interval '30 minutes',
                   tstzrange(start_at, start_at + interval '30 minutes', '[)'), 'web', 24, start_at - interval '7 days', start_at
            from slots
            on conflict (reference) do nothing
            returning id, start_at, to_jsonb(appointments) as row
        ), audit as (
            insert into kernel.audit_events (id, occurred_at, actor_id, actor_kind, action, record_type, record_id, changes)
            select gen_random_uuid(), start_at - interval '7 days', 'bench', 'system', 'appointment.booked', 'appointment', id::text, jsonb_build_object('after', row)
            from appointment
        ), outbox as (
            insert into kernel.outbox_messages (id, module, event_type, payload, occurred_at, next_attempt_at, processed_at)
            select gen_random_uuid(), 'appointments', 'bench.history', row, start_at - interval '7 days', start_at - interval '7 days', start_at - interval '7 days'
            from appointment
        )
        select count(*) from appointment
        """;

    public static async Task<long> InsertAsync(string connectionString, Guid serviceId, IReadOnlyList<BookingClinic> clinics)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(InsertSql, connection) { CommandTimeout = 600 };
        command.Parameters.AddWithValue("Locations", clinics.Select(c => c.LocationId).ToArray());
        command.Parameters.AddWithValue("Practitioners", clinics.Select(c => c.PractitionerId).ToArray());
        command.Parameters.AddWithValue("Rooms", clinics.Select(c => c.RoomId).ToArray());
        command.Parameters.AddWithValue("Service", serviceId);
        command.Parameters.AddWithValue("Customer", Guid.NewGuid());
        var rows = (long)(await command.ExecuteScalarAsync())!;
        // Vacuumed as well as analysed, so the autovacuum the bulk insert would set off does not run during a window.
        foreach (var table in new[] { "appointments.appointments", "kernel.audit_events", "kernel.outbox_messages", "access.customers" })
        {
            await using var vacuum = new NpgsqlCommand($"vacuum analyze {table}", connection);
            await vacuum.ExecuteNonQueryAsync();
        }
        return rows;
    }
}
