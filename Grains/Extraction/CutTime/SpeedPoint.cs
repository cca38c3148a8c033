namespace LaserGrains.Grains.Extraction.CutTime;

/// <summary>Speed and pierce time read from a table at one thickness, and in words how they were read.</summary>
public sealed record SpeedPoint(double SpeedMmPerMin, double PierceSeconds, string How);
