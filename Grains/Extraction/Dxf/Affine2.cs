namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A 2D affine map x' = A·x + C·y + E, y' = B·x + D·y + F; block and OCS transforms project to it.</summary>
internal readonly record struct Affine2(double A, double B, double C, double D, double E, double F)
{
    public static readonly Affine2 Identity = new(1, 0, 0, 1, 0, 0);

    public bool IsIdentity => this == Identity;

    public double Determinant => (A * D) - (B * C);

    public (double X, double Y) Apply(double x, double y) => ((A * x) + (C * y) + E, (B * x) + (D * y) + F);

    public (double X, double Y) ApplyVector(double x, double y) => ((A * x) + (C * y), (B * x) + (D * y));

    /// <summary>This map followed by <paramref name="next"/>.</summary>
    public Affine2 Then(Affine2 next) => new(
        (next.A * A) + (next.C * B), (next.B * A) + (next.D * B),
        (next.A * C) + (next.C * D), (next.B * C) + (next.D * D),
        (next.A * E) + (next.C * F) + next.E, (next.B * E) + (next.D * F) + next.F);

    public static Affine2 Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    public static Affine2 Scaling(double sx, double sy) => new(sx, 0, 0, sy, 0, 0);

    public static Affine2 Rotation(double radians)
    {
        var (s, c) = Math.SinCos(radians);
        return new Affine2(c, s, -s, c, 0, 0);
    }

    /// <summary>OCS to WCS (projected on XY) by the arbitrary-axis algorithm; <paramref name="elevation"/> is the OCS z.</summary>
    public static Affine2 Ocs(DxfVec normal, double elevation)
    {
        if (normal.X == 0 && normal.Y == 0 && normal.Z > 0)
        {
            return Identity; // the usual case; elevation along +Z does not move XY
        }

        var n = normal.Normalized();
        var ax = Math.Abs(n.X) < 1.0 / 64 && Math.Abs(n.Y) < 1.0 / 64
            ? new DxfVec(0, 1, 0).Cross(n).Normalized()
            : new DxfVec(0, 0, 1).Cross(n).Normalized();
        var ay = n.Cross(ax).Normalized();
        return new Affine2(ax.X, ax.Y, ay.X, ay.Y, elevation * n.X, elevation * n.Y);
    }
}
