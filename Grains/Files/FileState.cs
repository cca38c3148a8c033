using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Files;

/// <summary>Everything a file grain persists; the catalog row and the API record are derived from it.</summary>
[GenerateSerializer, Alias("lg.file-state")]
public sealed class FileState
{
    [Id(0)] public long IngestId { get; set; }
    [Id(1)] public string OriginalFilename { get; set; } = "";
    [Id(2)] public BlobRef? Blob { get; set; }
    [Id(3)] public UploadHints Hints { get; set; } = UploadHints.None;
    [Id(4)] public FileKind Kind { get; set; }
    [Id(5)] public FileStatus Status { get; set; }
    [Id(6)] public string? FailureCode { get; set; }
    [Id(7)] public string? FailureReason { get; set; }
    /// <summary>The merged view of all sources below.</summary>
    [Id(8)] public FileMetadata Metadata { get; set; } = FileMetadata.Empty;
    [Id(9)] public FileMetadata FilenameFacts { get; set; } = FileMetadata.Empty;
    [Id(10)] public FileMetadata ContentFacts { get; set; } = FileMetadata.Empty;
    [Id(11)] public FileMetadata ManualFacts { get; set; } = FileMetadata.Empty;
    [Id(12)] public GeometrySummary? Geometry { get; set; }
    [Id(13)] public List<Defect> Defects { get; set; } = [];
    [Id(14)] public List<JobSheetPart> Parts { get; set; } = [];
    [Id(15)] public List<string> Warnings { get; set; } = [];
    [Id(16)] public Dictionary<string, string> Properties { get; set; } = [];
    /// <summary>Extracted text kept for full-text search, bounded in length.</summary>
    [Id(17)] public string? SearchText { get; set; }
    [Id(18)] public string? StoredFilename { get; set; }
    [Id(19)] public string? FilePath { get; set; }
    [Id(20)] public int Version { get; set; }
    [Id(21)] public DateTimeOffset CreatedAt { get; set; }
    [Id(22)] public DateTimeOffset? ProcessedAt { get; set; }
    [Id(23)] public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Bumped on every persisted change; the catalog keeps the highest revision it saw.</summary>
    [Id(24)] public long Revision { get; set; }
    [Id(25)] public int ProcessingAttempts { get; set; }
    [Id(26)] public double ConfidenceScore { get; set; }
    [Id(27)] public CutEstimate? CutEstimate { get; set; }
    [Id(28)] public string Extractor { get; set; } = "";
    [Id(29)] public string ExtractorVersion { get; set; } = "";
    /// <summary>Events raised by state changes and not yet stored by the fan-out; persisted with the change (outbox), removed once stored.</summary>
    [Id(30)] public List<FileEvent> Outbox { get; set; } = [];
    /// <summary>Sequence number of the last event raised; events of one file are delivered in this order.</summary>
    [Id(31)] public long EventSequence { get; set; }
    [Id(32)] public long? DuplicateOf { get; set; }
    [Id(33)] public List<ExtractionRun> ExtractionHistory { get; set; } = [];
    /// <summary>The lineage the file holds a version in, and the project grain key that granted it (null: none yet).</summary>
    [Id(34)] public string? LineageKey { get; set; }
    [Id(35)] public string? LineageProject { get; set; }
    [Id(36)] public DateTimeOffset? DeletedAt { get; set; }
    /// <summary>What a soft-deleted file returns to on restore.</summary>
    [Id(37)] public FileStatus StatusBeforeDelete { get; set; }
    /// <summary>A tombstone: the record and bytes are gone, only the outbox and this flag remain.</summary>
    [Id(38)] public bool HardDeleted { get; set; }
    /// <summary>The revision the catalog is known to hold; below <see cref="Revision"/> the grain keeps repairing the row.</summary>
    [Id(39)] public long ProjectedRevision { get; set; }
    /// <summary>A re-extraction was accepted and has not run yet; it runs after the answer, or after a crash on the reminder.</summary>
    [Id(40)] public bool ReExtractRequested { get; set; }
    /// <summary>After a hard delete: events already handed to the dispatchers still carry the file's data and must lose it.</summary>
    [Id(41)] public bool RedactDeliveries { get; set; }
    /// <summary>How many parts extraction found; above Parts.Count the full list is in IFilePartStore.</summary>
    [Id(60)] public int PartsTotal { get; set; }
    /// <summary>
    /// Written by a grain that upserts the catalog row only once the outbox is published, so a row at this revision proves
    /// the revision's effects done even when the outbox trimming was not stored; false in states stored before that order.
    /// </summary>
    [Id(61)] public bool CatalogAfterOutbox { get; set; }
    /// <summary>W3C traceparent of the upload that created the file; its processing and deliveries join that trace.</summary>
    [Id(70)] public string? TraceParent { get; set; }

    public bool Exists => Blob is not null || HardDeleted;
}
