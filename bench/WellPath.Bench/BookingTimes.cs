namespace WellPath.Bench;

/// <summary>
/// Each client walks its own clinic's day from tomorrow on, 08:00-20:00 in 30-minute steps, so no two requests
/// ever ask for the same practitioner, room and time; the counters carry over from window to window.
/// </summary>
internal sealed class BookingTimes(int clients)
{
    private const int SlotsPerDay = 12 * 60 / BookingScenario.DurationMinutes;

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(BookingScenario.TimeZone);

    private readonly int[] next = new int[clients];
    private readonly DateTime firstDay = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(1), DateTimeKind.Unspecified);

    public string Next(int client)
    {
        var slot = next[client]++;
        var local = firstDay.AddDays(slot / SlotsPerDay).AddHours(8).AddMinutes(slot % SlotsPerDay * BookingScenario.DurationMinutes);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
    }
}
