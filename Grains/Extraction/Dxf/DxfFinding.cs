namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A located finding in drawing units (open end, duplicate, hole), for building defects.</summary>
public sealed record DxfFinding(double X, double Y, string Layer, double Size = 0);
