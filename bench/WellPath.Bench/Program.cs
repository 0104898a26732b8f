using System.Net.Http.Headers;
using WellPath.Bench;

// dotnet bench/WellPath.Bench/bin/Release/net10.0/WellPath.Bench.dll slots --url URL --token ADMIN_TOKEN [--clients 1,4] [--seconds 20] [--appointments 400] [--server-log HOST_LOG]
// dotnet bench/WellPath.Bench/bin/Release/net10.0/WellPath.Bench.dll book --url URL --token ADMIN_TOKEN --database CONNECTION_STRING [--clients 8] [--seconds 15] [--windows 3] [--warmup 30]
var options = Args.Parse(args);
if (options.Command is not ("slots" or "book"))
{
    Console.Error.WriteLine("usage: WellPath.Bench slots --url URL --token ADMIN_TOKEN [--clients N[,N...]] [--seconds S] [--appointments N] [--server-log HOST_LOG]");
    Console.Error.WriteLine("       WellPath.Bench book --url URL --token ADMIN_TOKEN --database CONNECTION_STRING [--clients N] [--seconds S] [--windows W] [--warmup S]");
    return 2;
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = new Uri(options.Url) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
if (options.Command == "book")
{
    return await BookingRun.RunAsync(http, options.Database, options.Clients[0], options.Seconds, options.Windows, options.Warmup);
}
var (serviceId, locationId) = await SlotsScenario.CreateAsync(http);
var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
var path = $"/api/v1/slots?serviceId={serviceId}&locationId={locationId}&from={from:yyyy-MM-dd}&to={from.AddDays(13):yyyy-MM-dd}";
var (booked, refused) = await ExistingAppointments.BookAsync(http, path, serviceId, locationId, options.Appointments);
Console.WriteLine($"booked {booked} existing appointments through POST /api/v1/appointments ({refused} refused as taken)");
Console.WriteLine($"GET {path} ({(await ExistingAppointments.OfferedAsync(http, path)).Length} slots)");

using var anonymous = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(options.Url) };
var serverErrors = 0;
foreach (var clients in options.Clients)
{
    var result = await LoadRun.RunAsync(anonymous, _ => new HttpRequestMessage(HttpMethod.Get, path), clients, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(options.Seconds));
    Console.WriteLine($"slots, {clients} clients: {result}");
    if (options.ServerLog is { } log)
    {
        // The host's console logger writes on its own thread: give it a moment to catch up.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Console.WriteLine($"slots, {clients} clients: at the server {await ServerLog.ReadAsync(log, "/api/v1/slots", result.From, result.To)}");
    }
    serverErrors += result.ServerErrors;
}
return serverErrors == 0 ? 0 : 1;

internal sealed record Args(string Command, string Url, string Token, int[] Clients, int Seconds, int Appointments, string? ServerLog, string Database, int Windows, int Warmup)
{
    public static Args Parse(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        return new Args(args.FirstOrDefault() ?? "", Value("--url", "http://127.0.0.1:5080"), Value("--token", ""),
            [.. Value("--clients", "8").Split(',').Select(int.Parse)], int.Parse(Value("--seconds", "20")),
            int.Parse(Value("--appointments", "400")), Value("--server-log", "") is { Length: > 0 } log ? log : null,
            Value("--database", ""), int.Parse(Value("--windows", "3")), int.Parse(Value("--warmup", "30")));
    }
}
