using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction;

/// <summary>The result of running the pipeline on one file: detection, and either a result or a failure reason.</summary>
public sealed record ExtractionOutcome
{
    public required FileKind Kind { get; init; }
    public string? ExtensionMismatch { get; init; }
    public ExtractionResult? Result { get; init; }
    public string? FailureCode { get; init; }
    public string? FailureReason { get; init; }
    public string Extractor { get; init; } = "none";
    public string ExtractorVersion { get; init; } = "0";

    public bool Succeeded => Result is not null;
}
