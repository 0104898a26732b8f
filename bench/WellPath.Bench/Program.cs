using System.Net.Http.Headers;
using WellPath.Bench;

// dotnet run -c Release --project bench/WellPath.Bench -- slots --url http://127.0.0.1:5080 --token <admin token> [--clients 8] [--seconds 20]
// dotnet run -c Release --project bench/WellPath.Bench -- book --url ... --token ... --database <Npgsql connection string> [--clients 8] [--seconds 15] [--windows 3]
var options = Args.Parse(args);
if (options.Command is not ("slots" or "book"))
{
    Console.Error.WriteLine("usage: WellPath.Bench slots --url URL --token ADMIN_TOKEN [--clients N] [--seconds S]");
    Console.Error.WriteLine("       WellPath.Bench book --url URL --token ADMIN_TOKEN --database CONNECTION_STRING [--clients N] [--seconds S] [--windows W]");
    return 2;
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = new Uri(options.Url) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
if (options.Command == "book")
{
    return await BookingRun.RunAsync(http, options.Database, options.Clients, options.Seconds, options.Windows);
}
var (serviceId, locationId) = await SlotsScenario.CreateAsync(http);
var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
var path = $"/api/v1/slots?serviceId={serviceId}&locationId={locationId}&from={from:yyyy-MM-dd}&to={from.AddDays(13):yyyy-MM-dd}";
Console.WriteLine($"GET {path}");

using var anonymous = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(options.Url) };
var result = await LoadRun.RunAsync(anonymous, _ => new HttpRequestMessage(HttpMethod.Get, path), options.Clients, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(options.Seconds));
Console.WriteLine($"slots, {options.Clients} clients: {result}");
return result.ServerErrors == 0 ? 0 : 1;

internal sealed record Args(string Command, string Url, string Token, int Clients, int Seconds, string Database, int Windows)
{
    public static Args Parse(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        return new Args(args.FirstOrDefault() ?? "", Value("--url", "http://127.0.0.1:5080"), Value("--token", ""), int.Parse(Value("--clients", "8")), int.Parse(Value("--seconds", "20")),
            Value("--database", ""), int.Parse(Value("--windows", "3")));
    }
}
