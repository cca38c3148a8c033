namespace LaserGrains.Grains.Extraction;

/// <summary>Bounds every extractor honours so that no input can exhaust the silo.</summary>
public sealed record ExtractionLimits
{
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;
    public int MaxEntities { get; init; } = 2_000_000;
    public int MaxNestingDepth { get; init; } = 32;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Usable sheet size of the shop's largest machine, for the exceeds_sheet check.</summary>
    public double SheetWidthMm { get; init; } = 3000;
    public double SheetHeightMm { get; init; } = 1500;

    public static ExtractionLimits Default { get; } = new();
}
