using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Telemetry;

namespace LaserGrains.Grains.Files;

/// <summary>Derives the public record from a file's persisted state.</summary>
internal static class FileRecordMapper
{
    public static FileRecord ToRecord(this FileState s) => new()
    {
        IngestId = s.IngestId,
        OriginalFilename = s.OriginalFilename,
        StoredFilename = s.StoredFilename,
        FilePath = s.FilePath,
        Kind = s.Kind,
        FileSize = s.Blob?.Size ?? 0,
        Sha256 = s.Blob?.Sha256 ?? "",
        Status = s.Status,
        FailureReason = s.FailureReason,
        Metadata = s.Metadata,
        ConfidenceScore = s.ConfidenceScore,
        Version = s.Version,
        CreatedAt = s.CreatedAt,
        ProcessedAt = s.ProcessedAt,
        UpdatedAt = s.UpdatedAt,
        Geometry = s.Geometry,
        Defects = s.Defects,
        Parts = s.Parts,
        PartsTotal = Math.Max(s.PartsTotal, s.Parts.Count),
        Warnings = s.Warnings,
        CutEstimate = s.CutEstimate,
        Properties = s.Properties,
        DuplicateOf = s.DuplicateOf,
        ExtractionHistory = s.ExtractionHistory,
        LineageKey = s.LineageKey,
        DeletedAt = s.DeletedAt,
        TraceId = TraceContext.TraceIdOf(s.TraceParent),
    };
}
