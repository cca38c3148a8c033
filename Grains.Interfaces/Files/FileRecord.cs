namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>The public view of one file, as the API and the webhooks show it.</summary>
[GenerateSerializer, Immutable, Alias("lg.file-record")]
public sealed record FileRecord
{
    [Id(0)] public required long IngestId { get; init; }
    [Id(1)] public required string OriginalFilename { get; init; }
    [Id(2)] public string? StoredFilename { get; init; }
    [Id(3)] public string? FilePath { get; init; }
    [Id(4)] public required FileKind Kind { get; init; }
    [Id(5)] public required long FileSize { get; init; }
    [Id(6)] public required string Sha256 { get; init; }
    [Id(7)] public required FileStatus Status { get; init; }
    [Id(8)] public string? FailureReason { get; init; }
    [Id(9)] public required FileMetadata Metadata { get; init; }
    [Id(10)] public double ConfidenceScore { get; init; }
    [Id(11)] public int Version { get; init; }
    [Id(12)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(13)] public DateTimeOffset? ProcessedAt { get; init; }
    [Id(14)] public DateTimeOffset UpdatedAt { get; init; }
    [Id(15)] public GeometrySummary? Geometry { get; init; }
    [Id(16)] public IReadOnlyList<Defect> Defects { get; init; } = [];
    [Id(17)] public IReadOnlyList<JobSheetPart> Parts { get; init; } = [];
    [Id(18)] public IReadOnlyList<string> Warnings { get; init; } = [];
    [Id(19)] public CutEstimate? CutEstimate { get; init; }
    [Id(20)] public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
    /// <summary>The live file of the same project whose bytes this upload repeats; no version was created for it.</summary>
    [Id(21)] public long? DuplicateOf { get; init; }
    [Id(22)] public IReadOnlyList<ExtractionRun> ExtractionHistory { get; init; } = [];
    /// <summary>family|part within the project: the lineage this file's version counts in.</summary>
    [Id(23)] public string? LineageKey { get; init; }
    [Id(24)] public DateTimeOffset? DeletedAt { get; init; }
    /// <summary>How many parts the job sheet lists; <see cref="Parts"/> holds only the first of them when this is larger.</summary>
    [Id(40)] public int PartsTotal { get; init; }
    /// <summary>The W3C trace id of the upload's trace (32 hex digits); webhook requests of this file carry it in traceparent.</summary>
    [Id(50)] public string? TraceId { get; init; }
}
