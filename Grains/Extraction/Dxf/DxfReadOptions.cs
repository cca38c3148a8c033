namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Bounds for reading one DXF file.</summary>
public sealed record DxfReadOptions
{
    public long MaxBytes { get; init; } = ExtractionLimits.Default.MaxBytes;
    public int MaxEntities { get; init; } = ExtractionLimits.Default.MaxEntities;

    public static DxfReadOptions Default { get; } = new();

    public static DxfReadOptions From(ExtractionLimits limits) =>
        new() { MaxBytes = limits.MaxBytes, MaxEntities = limits.MaxEntities };
}
