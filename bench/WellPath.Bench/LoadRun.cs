using System.Diagnostics;

namespace WellPath.Bench;

/// <summary>
/// A closed-loop HTTP load: N clients each send the next request as soon as the last one answered, for a fixed
/// time after a warm-up. Latency is measured at the client on loopback, an upper bound of the server's own time.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(HttpClient client, Func<int, HttpRequestMessage> request, int clients, TimeSpan warmUp, TimeSpan duration)
    {
        await DriveAsync(client, request, clients, warmUp, record: null);
        var latencies = new List<double>[clients];
        var startedAt = DateTimeOffset.UtcNow;
        var errors = new int[clients];
        var serverErrors = new int[clients];
        var stopwatch = Stopwatch.StartNew();
        await DriveAsync(client, request, clients, duration, (worker, milliseconds, status) =>
        {
            (latencies[worker] ??= []).Add(milliseconds);
            if (status >= 400)
            {
                errors[worker]++;
            }
            if (status >= 500)
            {
                serverErrors[worker]++;
            }
        });
        var elapsed = stopwatch.Elapsed;
        var all = Latencies.Of(latencies.Where(l => l is not null).SelectMany(l => l));
        return new LoadResult(all, elapsed, startedAt, DateTimeOffset.UtcNow, errors.Sum(), serverErrors.Sum());
    }

    private static async Task DriveAsync(HttpClient client, Func<int, HttpRequestMessage> request, int clients, TimeSpan length, Action<int, double, int>? record)
    {
        var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, clients).Select(async worker =>
        {
            var sent = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request(worker * 1_000_000 + sent++));
                await response.Content.ReadAsByteArrayAsync();
                record?.Invoke(worker, Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode);
            }
        });
        await Task.WhenAll(workers);
    }

}

internal sealed record LoadResult(Latencies Client, TimeSpan Elapsed, DateTimeOffset From, DateTimeOffset To, int Errors, int ServerErrors)
{
    public override string ToString() =>
        $"{Client.Count} requests in {Elapsed.TotalSeconds:F1} s = {Client.Count / Elapsed.TotalSeconds:F0} req/s; at the client {Client}; 4xx/5xx {Errors}, 5xx {ServerErrors}";
}

internal sealed record Latencies(int Count, double P50, double P90, double P99, double Max)
{
    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Latencies(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99), sorted.LastOrDefault());
    }

    public override string ToString() => $"p50 {P50:F2} ms, p90 {P90:F2} ms, p99 {P99:F2} ms, max {Max:F2} ms";

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
