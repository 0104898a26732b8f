using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>A half-open range of instants: 09:00-10:00 and 10:00-11:00 do not overlap.</summary>
internal readonly record struct Span(Instant Start, Instant End)
{
    public bool IsEmpty => End <= Start;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    /// <summary>Sorted, with touching and overlapping spans merged.</summary>
    public static List<Span> Merge(List<Span> spans)
    {
        spans.RemoveAll(s => s.IsEmpty);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<Span>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new Span(last.Start, Instant.Max(last.End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    /// <summary><paramref name="spans"/> (merged) without any part of <paramref name="holes"/>.</summary>
    public static List<Span> Subtract(List<Span> spans, IEnumerable<Span> holes)
    {
        var result = spans;
        foreach (var hole in holes)
        {
            if (hole.IsEmpty)
            {
                continue;
            }
            var next = new List<Span>(result.Count + 1);
            foreach (var span in result)
            {
                if (!span.Overlaps(hole))
                {
                    next.Add(span);
                    continue;
                }
                if (span.Start < hole.Start)
                {
                    next.Add(new Span(span.Start, hole.Start));
                }
                if (hole.End < span.End)
                {
                    next.Add(new Span(hole.End, span.End));
                }
            }
            result = next;
        }
        return result;
    }
}
