using System.Text.Json;

namespace WellPath.Bench;

/// <summary>
/// Server-side latencies from the host's JSON log: ASP.NET Core's "Request finished" entries (category
/// Microsoft.AspNetCore.Hosting.Diagnostics, at Information) carry the time the server spent on each request.
/// </summary>
internal static class ServerLog
{
    public static async Task<Latencies> ReadAsync(string logFile, string path, DateTimeOffset from, DateTimeOffset to)
    {
        var elapsed = new List<double>();
        await using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line)
        {
            if (!line.Contains("\"ElapsedMilliseconds\"", StringComparison.Ordinal) || !line.StartsWith('{'))
            {
                continue;
            }
            using var entry = JsonDocument.Parse(line);
            var root = entry.RootElement;
            var state = root.GetProperty("State");
            if (root.GetProperty("Timestamp").GetDateTimeOffset() is var at && at >= from && at <= to
                && state.TryGetProperty("Path", out var p) && p.GetString() == path)
            {
                elapsed.Add(state.GetProperty("ElapsedMilliseconds").GetDouble());
            }
        }
        return Latencies.Of(elapsed);
    }
}
