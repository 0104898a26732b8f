using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace WellPath.Bench;

/// <summary>
/// The database's own ceiling for the booking's writes: pgbench inserting, in one statement per transaction, the
/// rows a booking writes (the appointment under both exclusion constraints, its audit event and its outbox
/// message), at non-conflicting times of its own practitioners and rooms, with the same number of clients.
/// </summary>
internal sealed partial class PgBenchWindow(string connectionString, int clients)
{
    private const string ScriptTemplate = """
        with slot as (
            select n, (array[{PRACTITIONERS}])[n % {CLIENTS} + 1] as practitioner_id, (array[{ROOMS}])[n % {CLIENTS} + 1] as room_id,
                   timestamptz '2031-01-01 00:00Z' + (n / {CLIENTS}) * interval '30 minutes' as start_at
            from (select nextval('bench_pgbench_slot') as n) s
        ), appointment as (
            insert into appointments.appointments
                (id, reference, status, service_id, location_id, time_zone, practitioner_id, room_id, customer_id, start_at, end_at,
                 blocked, source, cancellation_window_hours, created_at, updated_at)
            select gen_random_uuid(), 'Y' || upper(substr(lpad(to_hex(n), 7, '0'), 1, 3)) || '-' || upper(substr(lpad(to_hex(n), 7, '0'), 4, 4)),
                   'confirmed', '{SERVICE}', '{LOCATION}', 'Europe/London', practitioner_id, room_id, '{CUSTOMER}', start_at, start_at + interval '30 minutes',
                   tstzrange(start_at, start_at + interval '30 minutes', '[)'), 'api', 24, now(), now()
            from slot
            returning id, start_at, to_jsonb(appointments) as row
        ), audit as (
            insert into kernel.audit_events (id, occurred_at, actor_id, actor_kind, address, request_id, action, record_type, record_id, changes)
            select gen_random_uuid(), now(), 'token:bench', 'api_token', '127.0.0.1', 'pgbench', 'appointment.booked', 'appointment', id::text, jsonb_build_object('after', row)
            from appointment
        )
        insert into kernel.outbox_messages (id, module, event_type, payload, occurred_at, next_attempt_at)
        select gen_random_uuid(), 'appointments', 'WellPath.Appointments.Contracts.AppointmentBooked', row, now(), now()
        from appointment;
        """;

    private readonly string script = Path.Combine(Path.GetTempPath(), $"wellpath-pgbench-{Guid.NewGuid():N}.sql");

    public async Task PrepareAsync(Guid serviceId, Guid locationId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var sequence = new NpgsqlCommand("create sequence if not exists bench_pgbench_slot", connection);
        await sequence.ExecuteNonQueryAsync();
        string Ids() => string.Join(", ", Enumerable.Range(0, clients).Select(_ => $"'{Guid.NewGuid()}'::uuid"));
        var text = ScriptTemplate
            .Replace("{PRACTITIONERS}", Ids(), StringComparison.Ordinal).Replace("{ROOMS}", Ids(), StringComparison.Ordinal)
            .Replace("{CLIENTS}", clients.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{SERVICE}", serviceId.ToString(), StringComparison.Ordinal).Replace("{LOCATION}", locationId.ToString(), StringComparison.Ordinal)
            .Replace("{CUSTOMER}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        // pgbench reads one SQL command per line unless it ends with a semicolon: the statement is joined into one line.
        await File.WriteAllTextAsync(script, string.Join(' ', text.Split('\n').Select(l => l.Trim())) + "\n");
    }

    public async Task<PgBenchResult> RunAsync(TimeSpan duration)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("/usr/lib/postgresql/15/bin/pgbench")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "-n", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            "-f", script, "-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username!, builder.Database!,
        })
        {
            start.ArgumentList.Add(argument);
        }
        if (!string.IsNullOrEmpty(builder.Password))
        {
            start.Environment["PGPASSWORD"] = builder.Password;
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var tps = TpsLine().Match(output);
        var latency = LatencyLine().Match(output);
        var failed = FailedLine().Match(output);
        if (process.ExitCode != 0 || !tps.Success)
        {
            throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {output}\n{errors}");
        }
        return new PgBenchResult(
            double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
            latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN,
            failed.Success ? int.Parse(failed.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyLine();

    [GeneratedRegex(@"number of failed transactions: ([0-9]+)")]
    private static partial Regex FailedLine();
}

internal sealed record PgBenchResult(double Tps, double LatencyAverage, int Failed)
{
    public override string ToString() => $"{Tps:F0} tps, latency average {LatencyAverage:F2} ms, failed {Failed}";
}
