namespace LaserGrains.Gateway.LaserOs.Events;

/// <summary>The file_data fields of an event that a DesignFile keeps; the whole object is kept as JSON beside them.</summary>
public sealed record DesignFileData
{
    public long? IngestId { get; init; }
    public string? OriginalFilename { get; init; }
    public string? StoredFilename { get; init; }
    public string? FilePath { get; init; }
    public string? FileType { get; init; }
    public long? FileSize { get; init; }
    public string? Status { get; init; }
    public string? FailureReason { get; init; }
    public double? ConfidenceScore { get; init; }
    public string? ClientCode { get; init; }
    public string? ProjectCode { get; init; }
    public string? PartName { get; init; }
    public string? Material { get; init; }
    public double? ThicknessMm { get; init; }
    public int? Quantity { get; init; }
    public int? Version { get; init; }
}
