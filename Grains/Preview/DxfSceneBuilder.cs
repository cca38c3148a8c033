using LaserGrains.Grains.Extraction.Dxf;

namespace LaserGrains.Grains.Preview;

/// <summary>Walks a drawing as the analyzer does and gives every curve its role: outer, hole, open or duplicate.</summary>
internal static class DxfSceneBuilder
{
    public static DxfScene Build(DxfDrawing drawing, DxfAnalyzerOptions options, CancellationToken cancellationToken)
    {
        var curves = new CurveCollector();
        try
        {
            var sources = new List<(DxfEntity, Affine2)>();
            var walker = new DxfGeometryWalker(drawing, curves, options, cancellationToken)
            {
                CurveAdded = (e, xf, index) =>
                {
                    while (sources.Count < index) sources.Add(default);
                    sources.Add((e, xf));
                },
            };
            walker.WalkModelspace();
            while (sources.Count < curves.Curves.Count) sources.Add(default);
            var w = curves.HasExtent ? curves.MaxX - curves.MinX : 0;
            var h = curves.HasExtent ? curves.MaxY - curves.MinY : 0;
            var units = DxfUnits.Resolve(drawing.InsUnits, drawing.Measurement, w, h);
            var roles = Roles(curves, Math.Max(1e-6, Math.Sqrt((w * w) + (h * h)) * 1e-5), cancellationToken);
            return new DxfScene(curves, roles, [.. sources], walker.Texts, units);
        }
        catch
        {
            curves.Dispose();
            throw;
        }
    }

    /// <summary>Duplicate wins over open, open over hole; a closed contour at odd nesting depth is a hole.</summary>
    private static ContourRole[] Roles(CurveCollector curves, double tolerance, CancellationToken cancellationToken)
    {
        var n = curves.Curves.Count;
        var roles = new ContourRole[n];
        using var chain = new ContourChainer(curves, tolerance);
        chain.Chain();
        var owner = new ContourPolygon?[n];
        var polygons = ContourLoops.Build(curves, chain, owner);
        ContourNesting.Nest(polygons, cancellationToken);
        for (var i = 0; i < n; i++)
        {
            roles[i] = owner[i] switch
            {
                null => ContourRole.Open,
                { Depth: var d } when (d & 1) == 1 => ContourRole.Hole,
                _ => ContourRole.Outer,
            };
        }

        foreach (var i in DuplicateFinder.Find(curves, tolerance)) roles[i] = ContourRole.Duplicate;
        return roles;
    }
}
