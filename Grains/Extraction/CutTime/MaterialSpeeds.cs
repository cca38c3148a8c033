namespace LaserGrains.Grains.Extraction.CutTime;

/// <summary>The speed rows of one material code, thinnest first, with where the numbers come from.</summary>
public sealed record MaterialSpeeds(string Code, string Source, IReadOnlyList<SpeedRow> Rows);
