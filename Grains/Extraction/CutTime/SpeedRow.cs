namespace LaserGrains.Grains.Extraction.CutTime;

/// <summary>One row of a shop's speed table: how fast a thickness cuts and how long one pierce takes.</summary>
public sealed record SpeedRow(double ThicknessMm, double SpeedMmPerMin, double PierceSeconds);
