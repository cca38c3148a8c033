namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>The unit a thickness was written in.</summary>
public enum ThicknessUnit
{
    Millimetre = 0,
    Inch = 1,

    /// <summary>Sheet gauge ("16ga"): recognised but never converted, see docs/METADATA.md.</summary>
    Gauge = 2,
}
