namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Flattens a NURBS curve adaptively per knot span; the chord sum is its length at the given tolerance.</summary>
internal static class NurbsFlattener
{
    private const int MaxDepth = 12;

    public static void Emit(CurveCollector sink, Nurbs curve, double tolerance)
    {
        var knots = curve.Knots;
        var (px, py) = curve.Evaluate(curve.Start);
        sink.Point(px, py);
        var length = 0.0;
        var pieces = Math.Max(2, curve.Degree * 2);
        for (var k = curve.Degree; k < knots.Count - curve.Degree - 1; k++)
        {
            double a = Math.Max(knots[k], curve.Start), b = Math.Min(knots[k + 1], curve.End);
            if (b <= a)
            {
                continue;
            }

            // Uniform pieces first so an S-bend inside one span is not mistaken for a straight chord.
            for (var i = 1; i <= pieces; i++)
            {
                var t0 = a + ((b - a) * (i - 1) / pieces);
                var t1 = a + ((b - a) * i / pieces);
                var (qx, qy) = curve.Evaluate(t1);
                length += Subdivide(sink, curve, t0, px, py, t1, qx, qy, tolerance, 0);
                px = qx;
                py = qy;
            }
        }

        sink.AddLength(length);
    }

    private static double Subdivide(CurveCollector sink, Nurbs c, double t0, double x0, double y0, double t1, double x1, double y1, double tol, int depth)
    {
        var tm = (t0 + t1) / 2;
        var (mx, my) = c.Evaluate(tm);
        if (depth < MaxDepth && Deviation(x0, y0, x1, y1, mx, my) > tol)
        {
            return Subdivide(sink, c, t0, x0, y0, tm, mx, my, tol, depth + 1)
                + Subdivide(sink, c, tm, mx, my, t1, x1, y1, tol, depth + 1);
        }

        sink.Point(x1, y1);
        return Math.Sqrt(((mx - x0) * (mx - x0)) + ((my - y0) * (my - y0)))
            + Math.Sqrt(((x1 - mx) * (x1 - mx)) + ((y1 - my) * (y1 - my)));
    }

    private static double Deviation(double x0, double y0, double x1, double y1, double px, double py)
    {
        var dx = x1 - x0;
        var dy = y1 - y0;
        var len = Math.Sqrt((dx * dx) + (dy * dy));
        if (len == 0)
        {
            return Math.Sqrt(((px - x0) * (px - x0)) + ((py - y0) * (py - y0)));
        }

        return Math.Abs(((px - x0) * dy) - ((py - y0) * dx)) / len;
    }
}
