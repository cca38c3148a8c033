namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>A fact read from part of a file name: its value, where it sits and how sure the reader is.</summary>
public sealed record TextSpan<T>(T Value, int Index, int Length, double Confidence);
