namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A text entity met in modelspace (directly or through a block), in drawing units.</summary>
public sealed record DxfTextItem(string Type, string Value, double X, double Y, string Layer);
