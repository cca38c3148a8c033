namespace LaserGrains.Grains.Extraction.Vector;

/// <summary>A 2-D affine transform in SVG/PDF matrix order: x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
internal readonly record struct Transform(double A, double B, double C, double D, double E, double F)
{
    public static Transform Identity { get; } = new(1, 0, 0, 1, 0, 0);

    public (double X, double Y) Apply((double X, double Y) p) => ((A * p.X) + (C * p.Y) + E, (B * p.X) + (D * p.Y) + F);

    /// <summary>This transform wrapping <paramref name="inner"/>: inner applies first.</summary>
    public Transform Then(Transform inner) => new(
        (A * inner.A) + (C * inner.B),
        (B * inner.A) + (D * inner.B),
        (A * inner.C) + (C * inner.D),
        (B * inner.C) + (D * inner.D),
        (A * inner.E) + (C * inner.F) + E,
        (B * inner.E) + (D * inner.F) + F);
}
