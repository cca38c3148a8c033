namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A 3D point or vector in drawing units.</summary>
public record struct DxfVec(double X, double Y, double Z)
{
    public static readonly DxfVec UnitZ = new(0, 0, 1);

    public readonly double Length => Math.Sqrt((X * X) + (Y * Y) + (Z * Z));

    public readonly DxfVec Cross(DxfVec o) => new((Y * o.Z) - (Z * o.Y), (Z * o.X) - (X * o.Z), (X * o.Y) - (Y * o.X));

    public readonly DxfVec Normalized()
    {
        var l = Length;
        return l > 0 ? new DxfVec(X / l, Y / l, Z / l) : UnitZ;
    }
}
