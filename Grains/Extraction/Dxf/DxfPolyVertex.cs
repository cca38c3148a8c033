namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>One polyline vertex; the bulge belongs to the segment that starts here.</summary>
public record struct DxfPolyVertex(double X, double Y, double Z, double Bulge, int Flags);
