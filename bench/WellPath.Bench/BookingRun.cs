using System.Net.Http.Json;

namespace WellPath.Bench;

/// <summary>
/// Booking throughput side by side with pgbench: windows alternate (app, pgbench, app, pgbench, ...) on the same
/// database in one run, so both see the same machine, tables and indexes; the report is the ratio app/pgbench.
/// The first app window is preceded by an unmeasured warm-up: the host's tiered JIT takes several seconds under load
/// to reach its optimised code, and a server that has been up for a minute is what the figure is about.
/// </summary>
internal static class BookingRun
{
    public static async Task<int> RunAsync(HttpClient admin, string connectionString, int clients, int seconds, int windows, int warmupSeconds)
    {
        var scenario = await BookingScenario.CreateAsync(admin, clients);
        var history = await BookingHistory.InsertAsync(connectionString, scenario.ServiceId, scenario.Clinics);
        Console.WriteLine($"{clients} clinics, service {scenario.ServiceId}; a year of history: {history} appointments with audit and outbox rows");

        var pgbench = new PgBenchWindow(connectionString, clients);
        await pgbench.PrepareAsync(scenario.ServiceId, scenario.Clinics[0].LocationId);
        var times = new BookingTimes(clients);
        HttpRequestMessage Book(int index)
        {
            var client = index / 1_000_000;
            var clinic = scenario.Clinics[client];
            return new HttpRequestMessage(HttpMethod.Post, "/api/v1/appointments")
            {
                Content = JsonContent.Create(new
                {
                    serviceId = scenario.ServiceId, locationId = clinic.LocationId, practitionerId = clinic.PractitionerId, start = times.Next(client),
                    customer = new { name = $"Bench customer {client}", email = $"bench-customer-{client}@bench.example" }, source = "api",
                }),
            };
        }

        // Customers book without an account, as on the public pages: the admin token only builds the clinics.
        using var customers = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = admin.BaseAddress };
        var appRuns = new List<LoadResult>();
        var pgRuns = new List<PgBenchResult>();
        var duration = TimeSpan.FromSeconds(seconds);
        for (var window = 1; window <= windows; window++)
        {
            var app = await LoadRun.RunAsync(customers, Book, clients, window == 1 ? TimeSpan.FromSeconds(warmupSeconds) : TimeSpan.Zero, duration);
            Console.WriteLine($"window {window} app:     {app}");
            var db = await pgbench.RunAsync(duration);
            Console.WriteLine($"window {window} pgbench: {db}");
            appRuns.Add(app);
            pgRuns.Add(db);
        }

        var appRate = appRuns.Sum(r => r.Client.Count - r.Errors) / appRuns.Sum(r => r.Elapsed.TotalSeconds);
        var pgRate = pgRuns.Average(r => r.Tps);
        var p99 = appRuns.Max(r => r.Client.P99);
        var serverErrors = appRuns.Sum(r => r.ServerErrors);
        var refused = appRuns.Sum(r => r.Errors);
        Console.WriteLine($"booking, {clients} clients: app {appRate:F0} bookings/s, pgbench {pgRate:F0} tps, ratio {appRate / pgRate:F2}; " +
                          $"worst window p99 {p99:F2} ms; 4xx/5xx {refused}, 5xx {serverErrors}");
        return serverErrors == 0 && refused == 0 ? 0 : 1;
    }
}
