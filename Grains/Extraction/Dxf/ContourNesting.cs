namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Nests closed contours by containment: even depth adds material, odd depth is a hole.</summary>
internal static class ContourNesting
{
    /// <summary>Beyond this many contours, only the largest ones are tested as containers, to stay near-linear.</summary>
    private const int MaxContainers = 2000;

    /// <summary>Sets each polygon's depth and returns the net area (outer areas minus holes).</summary>
    public static double Nest(List<ContourPolygon> polygons, CancellationToken cancellationToken)
    {
        polygons.Sort((a, b) => b.Area.CompareTo(a.Area));
        var net = 0.0;
        for (var i = 0; i < polygons.Count; i++)
        {
            if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            var p = polygons[i];
            var depth = 0;
            var limit = Math.Min(i, MaxContainers);
            for (var j = 0; j < limit; j++)
            {
                var outer = polygons[j];
                if (outer.Area > p.Area && outer.BoundsContain(p) && outer.Contains(p.Xs[0], p.Ys[0]))
                {
                    depth++;
                }
            }

            p.Depth = depth;
            net += (depth & 1) == 0 ? p.Area : -p.Area;
        }

        return net;
    }
}
