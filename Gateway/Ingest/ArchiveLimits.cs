using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Gateway.Ingest;

/// <summary>Bounds on expanding an uploaded .zip, so a small archive cannot fill the disk (zip bomb).</summary>
public sealed class ArchiveLimits
{
    public const string Section = "Gateway:Archives";

    /// <summary>Most files one archive may hold (folders not counted).</summary>
    [Range(1, 100_000)]
    public int MaxEntries { get; set; } = 1000;

    /// <summary>Most bytes all entries of one archive may expand to.</summary>
    [Range(1, long.MaxValue)]
    public long MaxTotalBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Highest uncompressed : compressed ratio of an entry, checked once it passes <see cref="RatioFloorBytes"/>.</summary>
    [Range(2, 100_000)]
    public int MaxRatio { get; set; } = 100;

    /// <summary>Entries smaller than this may compress as well as they like (a short text file often does).</summary>
    [Range(0, long.MaxValue)]
    public long RatioFloorBytes { get; set; } = 1024 * 1024;
}
