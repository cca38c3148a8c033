namespace LaserGrains.Grains.Files.Sweep;

/// <summary>How ingest ids map to sweep buckets: consecutive ids (from the PostgreSQL sequence) share one bucket and one reminder.</summary>
public static class SweepBuckets
{
    /// <summary>Ids per bucket: one reminder covers this many files, and a sweep after a crash probes at most this many.</summary>
    public const long Size = 1024;

    public static long Of(long ingestId) => ingestId >= 0 ? ingestId / Size : ((ingestId + 1) / Size) - 1;

    /// <summary>The first id of the bucket and the first id after it.</summary>
    public static (long From, long To) Range(long bucket) => (bucket * Size, (bucket * Size) + Size);
}
