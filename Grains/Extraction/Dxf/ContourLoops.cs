namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Builds polygons for closed contours: closed curves as they are, chained curves by walking their shared nodes.</summary>
internal static class ContourLoops
{
    /// <summary>Builds the polygons; <paramref name="owner"/>, when given, receives each curve's polygon (null when it closes none).</summary>
    public static List<ContourPolygon> Build(CurveCollector c, ContourChainer chain, ContourPolygon?[]? owner = null)
    {
        var result = new List<ContourPolygon>();
        var curves = c.Curves;
        for (var i = 0; i < curves.Count; i++)
        {
            if (curves[i].Closed)
            {
                result.Add(Slice(c, curves[i]));
                if (owner is not null) owner[i] = result[^1];
            }
        }

        using var openRoot = OpenRoots(chain);
        using var at = new NodeCurves(chain, openRoot);
        using var used = new PooledBuffer<bool>(curves.Count);
        used.SetCount(curves.Count);
        used.Span.Clear();
        using var xs = new PooledBuffer<double>(1024);
        using var ys = new PooledBuffer<double>(1024);
        var walked = owner is null ? null : new List<int>();
        for (var i = 0; i < curves.Count; i++)
        {
            var a = chain.Ends[i].A;
            if (used[i] || a < 0 || openRoot[chain.Component[a]]) continue;
            walked?.Clear();
            if (Walk(c, chain, at, used, i, xs, ys, walked) is not { } polygon) continue;
            result.Add(polygon);
            foreach (var k in walked ?? []) owner![k] = polygon;
        }

        return result;
    }

    /// <summary>Follows unused curves from curve <paramref name="first"/> until the walk returns to its start node.</summary>
    private static ContourPolygon? Walk(
        CurveCollector c, ContourChainer chain, NodeCurves at, PooledBuffer<bool> used, int first, PooledBuffer<double> xs, PooledBuffer<double> ys, List<int>? walked)
    {
        xs.Clear();
        ys.Clear();
        var start = chain.Ends[first].A;
        var node = start;
        var curve = first;
        while (curve >= 0)
        {
            used[curve] = true;
            walked?.Add(curve);
            var (a, b) = chain.Ends[curve];
            var forward = a == node;
            Append(c, c.Curves[curve], forward, xs, ys);
            node = forward ? b : a;
            if (node == start) break;
            curve = at.FirstUnused(node, used);
        }

        return node == start && xs.Count >= 3 ? new ContourPolygon(xs.ToArray(), ys.ToArray(), c.Curves[first].Layer) : null;
    }

    private static void Append(CurveCollector c, CurveRecord r, bool forward, PooledBuffer<double> xs, PooledBuffer<double> ys)
    {
        // The last point of each piece is the next piece's first: leave it out.
        for (var k = 0; k < r.Count - 1; k++)
        {
            var i = forward ? r.Start + k : r.Start + r.Count - 1 - k;
            xs.Add(c.X(i));
            ys.Add(c.Y(i));
        }
    }

    private static ContourPolygon Slice(CurveCollector c, CurveRecord r)
    {
        var xs = new double[r.Count];
        var ys = new double[r.Count];
        for (var k = 0; k < r.Count; k++)
        {
            xs[k] = c.X(r.Start + k);
            ys[k] = c.Y(r.Start + k);
        }

        return new ContourPolygon(xs, ys, r.Layer);
    }

    /// <summary>Per node: true when it is the root of a component with a loose end (an open contour).</summary>
    private static PooledBuffer<bool> OpenRoots(ContourChainer chain)
    {
        var open = new PooledBuffer<bool>(chain.NodeCount);
        open.SetCount(chain.NodeCount);
        open.Span.Clear();
        foreach (var end in chain.LooseEnds) open[chain.Component[chain.Ends[end.Curve].A]] = true;
        return open;
    }
}
