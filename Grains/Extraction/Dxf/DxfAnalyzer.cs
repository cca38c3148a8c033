namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Computes cut geometry figures for a drawing: bounds, cut length, contours, pierces, net area, duplicates.</summary>
public static class DxfAnalyzer
{
    public static DxfAnalysis Analyze(DxfDrawing drawing, DxfAnalyzerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        options ??= DxfAnalyzerOptions.Default;
        using var curves = new CurveCollector();
        var walker = new DxfGeometryWalker(drawing, curves, options, cancellationToken);
        walker.WalkModelspace();
        cancellationToken.ThrowIfCancellationRequested();

        var has = curves.HasExtent && curves.Curves.Count > 0;
        var w = has ? curves.MaxX - curves.MinX : 0;
        var h = has ? curves.MaxY - curves.MinY : 0;

        // The same relative tolerance as the reference figures: 1e-5 of the diagonal.
        var tol = Math.Max(1e-6, Math.Sqrt((w * w) + (h * h)) * 1e-5);
        using var chain = new ContourChainer(curves, tol);
        chain.Chain();
        var polygons = ContourLoops.Build(curves, chain);
        var net = ContourNesting.Nest(polygons, cancellationToken);

        double length = 0, spatial = 0;
        foreach (var r in curves.Curves.Span)
        {
            length += r.Length;
            spatial += r.SpatialLength;
        }

        return new DxfAnalysis
        {
            HasGeometry = has,
            MinX = has ? curves.MinX : 0,
            MinY = has ? curves.MinY : 0,
            MaxX = has ? curves.MaxX : 0,
            MaxY = has ? curves.MaxY : 0,
            CutLength = length,
            SpatialLength = spatial,
            Curves = curves.Curves.Count,
            ClosedContours = chain.ClosedSingles + chain.ClosedChains,
            OpenContours = chain.OpenChains,
            NetArea = net,
            ChainTolerance = tol,
            EntityCounts = walker.EntityCounts,
            Layers = [.. walker.Layers.Order(StringComparer.Ordinal)],
            Texts = walker.Texts,
            OpenEnds = OpenEnds(curves, chain),
            Duplicates = Duplicates(curves, tol),
            Holes = Holes(curves, polygons),
            MissingBlocks = walker.MissingBlocks,
        };
    }

    private static List<DxfFinding> OpenEnds(CurveCollector c, ContourChainer chain)
    {
        var list = new List<DxfFinding>(chain.LooseEnds.Count);
        foreach (var (x, y, curve) in chain.LooseEnds)
        {
            list.Add(new DxfFinding(x, y, c.LayerNames[c.Curves[curve].Layer]));
        }

        return list;
    }

    private static List<DxfFinding> Duplicates(CurveCollector c, double tol)
    {
        var list = new List<DxfFinding>();
        foreach (var i in DuplicateFinder.Find(c, tol))
        {
            var r = c.Curves[i];
            list.Add(new DxfFinding(c.X(r.Start), c.Y(r.Start), c.LayerNames[r.Layer], r.Length));
        }

        return list;
    }

    private static List<DxfFinding> Holes(CurveCollector c, List<ContourPolygon> polygons)
    {
        var list = new List<DxfFinding>();
        foreach (var p in polygons)
        {
            if ((p.Depth & 1) == 1)
            {
                list.Add(new DxfFinding((p.MinX + p.MaxX) / 2, (p.MinY + p.MaxY) / 2, c.LayerNames[p.Layer], Math.Min(p.MaxX - p.MinX, p.MaxY - p.MinY)));
            }
        }

        return list;
    }
}
