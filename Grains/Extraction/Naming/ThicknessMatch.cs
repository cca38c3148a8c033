namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>A thickness written in text; <see cref="Mm"/> is null for gauges, whose millimetres depend on the material.</summary>
public sealed record ThicknessMatch(double? Mm, ThicknessUnit Unit, int Index, int Length);
