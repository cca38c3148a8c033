using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction;

/// <summary>Everything an extractor learned from a file's content.</summary>
public sealed record ExtractionResult
{
    public required FileKind Kind { get; init; }
    /// <summary>Facts read from the content; every field's source is <see cref="MetadataSource.Content"/>.</summary>
    public FileMetadata Facts { get; init; } = FileMetadata.Empty;
    public GeometrySummary? Geometry { get; init; }
    public IReadOnlyList<Defect> Defects { get; init; } = [];
    public IReadOnlyList<JobSheetPart> Parts { get; init; } = [];
    /// <summary>Plain text for search (PDF text, sheet cells, DXF text entities), bounded in length.</summary>
    public string? Text { get; init; }
    /// <summary>Kind-specific facts worth showing (page count, pixel size, cut settings, …).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
