using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Grains.Files;

/// <summary>Settings of file processing inside the silo.</summary>
public sealed class FileGrainOptions
{
    public const string Section = "Files";

    /// <summary>How much extracted text a file keeps for full-text search.</summary>
    [Range(0, 10_000_000)]
    public int MaxSearchTextChars { get; set; } = 32_000;

    /// <summary>Usable sheet of the shop's largest machine, for the exceeds_sheet check (either orientation).</summary>
    [Range(1, 100_000)]
    public double SheetWidthMm { get; set; } = 3000;

    [Range(1, 100_000)]
    public double SheetHeightMm { get; set; } = 1500;

    /// <summary>Longest one extraction may run before the file fails with reason "timeout".</summary>
    [Range(1, 3600)]
    public int ExtractionTimeoutSeconds { get; set; } = 60;

    /// <summary>Job-sheet parts kept on the file record and in events; the full list is paged at GET /files/{id}/parts.</summary>
    [Range(0, 10_000)]
    public int MaxRecordParts { get; set; } = 100;

    /// <summary>Largest webhook event body, in bytes: big lists are shortened until the event fits (the receiver's limit is 1 MiB).</summary>
    [Range(16 * 1024, 64L * 1024 * 1024)]
    public int MaxEventBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>A shop's own material table (JSON, docs/METADATA.md), merged over the built-in one; empty: built-in only.</summary>
    public string? MaterialsFile { get; set; }

    /// <summary>A shop's own cut-speed table (JSON, docs/METADATA.md), merged over the built-in one; empty: built-in only.</summary>
    public string? CutSpeedsFile { get; set; }

    /// <summary>Extractions one silo runs at once; the rest wait their turn, so a burst of uploads cannot take all its memory.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentExtractions { get; set; } = Environment.ProcessorCount;

    /// <summary>How often a silo looks for blobs no catalog row references.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan BlobCollectInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How old an unreferenced blob must be before it is collected, so an upload in flight is never taken.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan BlobGracePeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the sweep of a bucket of ingest ids looks for accepted files a crash left unfinished (its reminder period).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The extraction limits these settings give; the other limits keep their defaults.</summary>
    public Extraction.ExtractionLimits Limits() => Extraction.ExtractionLimits.Default with
    {
        SheetWidthMm = SheetWidthMm,
        SheetHeightMm = SheetHeightMm,
        Timeout = TimeSpan.FromSeconds(ExtractionTimeoutSeconds),
    };
}
