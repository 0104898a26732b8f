using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>
/// A <see cref="Span"/> as ticks (100 ns) since the Unix epoch, for the comparisons run for every candidate: plain
/// longs compare and sort faster than instants, and no stored time (PostgreSQL's microseconds, the clock's ticks,
/// whole minutes of the schedules) is finer than a tick.
/// </summary>
internal readonly record struct TickSpan(long Start, long End)
{
    public static TickSpan Of(Instant start, Instant end) => new(start.ToUnixTimeTicks(), end.ToUnixTimeTicks());
}
