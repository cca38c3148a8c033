namespace LaserGrains.LoadGen.Measure;

/// <summary>Nearest-rank percentiles: the smallest value with at least p % of the values at or below it.</summary>
public static class Percentiles
{
    public static double? Of(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0) return null;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    public static LatencySummary Summarise(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return new(sorted.Count, Of(sorted, 50), Of(sorted, 90), Of(sorted, 99), sorted.Count == 0 ? null : sorted[^1]);
    }
}

/// <summary>Count and p50/p90/p99/max of one latency, in milliseconds (null when nothing was measured).</summary>
public sealed record LatencySummary(int Count, double? P50, double? P90, double? P99, double? Max);
