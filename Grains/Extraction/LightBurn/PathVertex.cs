namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>A Path vertex with its optional Bézier handles: C0 leaves the vertex, C1 arrives at it.</summary>
internal readonly record struct PathVertex((double X, double Y) P, (double X, double Y)? C0, (double X, double Y)? C1)
{
    public PathVertex Transform(Affine t) => new(t.Apply(P.X, P.Y), C0 is { } a ? t.Apply(a.X, a.Y) : null, C1 is { } b ? t.Apply(b.X, b.Y) : null);
}
