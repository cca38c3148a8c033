namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Tolerances and bounds for <see cref="DxfAnalyzer"/>; lengths are in drawing units.</summary>
public sealed record DxfAnalyzerOptions
{
    /// <summary>Largest distance between a curve and its flattened polyline (absolute, drawing units).</summary>
    public double ChordTolerance { get; init; } = 0.01;
    public int MaxEntities { get; init; } = ExtractionLimits.Default.MaxEntities;
    public int MaxNestingDepth { get; init; } = ExtractionLimits.Default.MaxNestingDepth;

    public static DxfAnalyzerOptions Default { get; } = new();

    public static DxfAnalyzerOptions From(ExtractionLimits limits) =>
        new() { MaxEntities = limits.MaxEntities, MaxNestingDepth = limits.MaxNestingDepth };
}
