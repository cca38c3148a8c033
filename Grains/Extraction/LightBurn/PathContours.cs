namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>Chains a Path's primitives into contours: a new contour starts where a primitive does not continue the last one.</summary>
internal static class PathContours
{
    private const double JoinTolerance = 1e-6;
    private const double CloseTolerance = 1e-3;

    public static List<(List<(double X, double Y)> Points, bool Closed)> Build(IReadOnlyList<PathVertex> v, IReadOnlyList<PathPrim> prims)
    {
        var result = new List<(List<(double X, double Y)> Points, bool Closed)>();
        List<(double X, double Y)>? current = null;
        var lastTo = -1;
        foreach (var prim in prims)
        {
            if ((uint)prim.From >= (uint)v.Count || (uint)prim.To >= (uint)v.Count) continue;
            if (current is null || (prim.From != lastTo && Contour.Distance(v[prim.From].P, current[^1]) > JoinTolerance))
            {
                if (current is not null) result.Add((current, IsClosed(current)));
                current = [v[prim.From].P];
            }

            var (a, b) = (v[prim.From], v[prim.To]);
            if (prim.Bezier) ShapeOutlines.AddBezier(current, a.P, a.C0 ?? a.P, b.C1 ?? b.P, b.P);
            else current.Add(b.P);
            lastTo = prim.To;
        }

        if (current is not null) result.Add((current, IsClosed(current)));
        return result;
    }

    // A path closes when its last primitive ends on its first vertex (LightBurn writes the same index, or the same point).
    private static bool IsClosed(List<(double X, double Y)> points) => points.Count > 2 && Contour.Distance(points[0], points[^1]) <= CloseTolerance;
}
