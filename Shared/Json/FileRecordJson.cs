using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Shared.Json;

/// <summary>A file record as JSON: the seed's flat file_data fields, then the richer extraction results.</summary>
public sealed record FileRecordJson
{
    public long IngestId { get; init; }
    public required string OriginalFilename { get; init; }
    public string? StoredFilename { get; init; }
    public string? FilePath { get; init; }
    public required string FileType { get; init; }
    public required string Kind { get; init; }
    public long FileSize { get; init; }
    public required string Sha256 { get; init; }
    public required string Status { get; init; }
    public string? FailureReason { get; init; }
    public double ConfidenceScore { get; init; }
    public string? ClientCode { get; init; }
    public string? ProjectCode { get; init; }
    public string? PartName { get; init; }
    public string? Material { get; init; }
    public string? MaterialCode { get; init; }
    public double? ThicknessMm { get; init; }
    public int? Quantity { get; init; }
    public int Version { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ProcessedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The upload's W3C trace id; the file's webhook requests carry it in traceparent (docs/TELEMETRY.md).</summary>
    public string? TraceId { get; init; }
    public required FileMetadata Metadata { get; init; }
    public GeometrySummary? Geometry { get; init; }
    public IReadOnlyList<Defect> Defects { get; init; } = [];
    public IReadOnlyList<JobSheetPart> Parts { get; init; } = [];
    /// <summary>How many parts the sheet lists (absent when none); all of them are at GET /files/{id}/parts.</summary>
    public int? PartsTotal { get; init; }
    /// <summary>True when <see cref="Parts"/> holds only the first <c>LG_RECORD_MAX_PARTS</c> parts; absent otherwise.</summary>
    public bool? PartsTruncated { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public CutEstimate? CutEstimate { get; init; }
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
    /// <summary>Set when these bytes were already a live file of the project: that file's ingest id.</summary>
    public long? DuplicateOf { get; init; }
    public string? Lineage { get; init; }
    public DateTimeOffset? DeletedAt { get; init; }
    public IReadOnlyList<ExtractionRun> ExtractionHistory { get; init; } = [];
}
