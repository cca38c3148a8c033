namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Builds polygons for closed contours: closed curves as they are, chained curves by walking their shared nodes.</summary>
internal static class ContourLoops
{
    public static List<ContourPolygon> Build(CurveCollector c, ContourChainer chain)
    {
        var result = new List<ContourPolygon>();
        var curves = c.Curves;
        for (var i = 0; i < curves.Count; i++)
        {
            if (curves[i].Closed)
            {
                result.Add(Slice(c, curves[i]));
            }
        }

        var closedRoots = ClosedRoots(chain);
        var atNode = new Dictionary<int, List<int>>();
        for (var i = 0; i < curves.Count; i++)
        {
            var (a, b) = chain.Ends[i];
            if (a < 0 || !closedRoots.Contains(chain.Component[a])) continue;
            Add(atNode, a, i);
            Add(atNode, b, i);
        }

        var used = new bool[curves.Count];
        for (var i = 0; i < curves.Count; i++)
        {
            if (used[i] || chain.Ends[i].A < 0 || !closedRoots.Contains(chain.Component[chain.Ends[i].A])) continue;
            if (Walk(c, chain, atNode, used, i) is { } polygon) result.Add(polygon);
        }

        return result;
    }

    /// <summary>Follows unused curves from curve <paramref name="first"/> until the walk returns to its start node.</summary>
    private static ContourPolygon? Walk(CurveCollector c, ContourChainer chain, Dictionary<int, List<int>> atNode, bool[] used, int first)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        var start = chain.Ends[first].A;
        var node = start;
        var curve = first;
        while (curve >= 0)
        {
            used[curve] = true;
            var (a, b) = chain.Ends[curve];
            var forward = a == node;
            Append(c, c.Curves[curve], forward, xs, ys);
            node = forward ? b : a;
            if (node == start) break;
            curve = -1;
            foreach (var k in atNode[node])
            {
                if (!used[k])
                {
                    curve = k;
                    break;
                }
            }
        }

        return node == start && xs.Count >= 3 ? new ContourPolygon([.. xs], [.. ys], c.Curves[first].Layer) : null;
    }

    private static void Append(CurveCollector c, CurveRecord r, bool forward, List<double> xs, List<double> ys)
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

    private static HashSet<int> ClosedRoots(ContourChainer chain)
    {
        var open = new HashSet<int>();
        foreach (var end in chain.LooseEnds) open.Add(chain.Component[chain.Ends[end.Curve].A]);
        var closed = new HashSet<int>();
        for (var n = 0; n < chain.NodeCount; n++)
        {
            if (!open.Contains(chain.Component[n])) closed.Add(chain.Component[n]);
        }

        return closed;
    }

    private static void Add(Dictionary<int, List<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
