using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction;

/// <summary>What an extractor may know besides the bytes: the detected kind, the name it came with, limits.</summary>
public sealed record ExtractionContext
{
    public required FileKind Kind { get; init; }
    public string OriginalFilename { get; init; } = "";
    /// <summary>Thickness known from other sources (hints, filename), for checks such as holes smaller than the sheet.</summary>
    public double? KnownThicknessMm { get; init; }
    public ExtractionLimits Limits { get; init; } = ExtractionLimits.Default;
    /// <summary>The shop's material vocabulary, for materials written in title blocks and sheets.</summary>
    public MaterialCatalog Materials { get; init; } = MaterialCatalog.Default;
}
