namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Arcs of circles and ellipses as P(t) = C + U·cos t + V·sin t, t in [0, sweep]; affine maps keep this form.</summary>
internal static class EllipticArcMath
{
    private static readonly double[] GaussNodes = [-0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498, 0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363];
    private static readonly double[] GaussWeights = [0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620, 0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763];

    /// <summary>Emits the arc's points, its exact length and its exact extremes into the current curve.</summary>
    public static void Emit(CurveCollector sink, double cx, double cy, double ux, double uy, double vx, double vy,
        double sweep, double chordTolerance, bool skipFirstPoint, (double Ux, double Uy, double Vx, double Vy)? inPlane = null)
    {
        var r = Math.Sqrt(Math.Max((ux * ux) + (uy * uy), (vx * vx) + (vy * vy)));

        // Small arcs get a relative tolerance too, so areas and hole sizes stay within ~0.02 %.
        var n = Segments(r, sweep, Math.Min(chordTolerance, r * 2e-4));
        for (var i = skipFirstPoint ? 1 : 0; i <= n; i++)
        {
            var (s, c) = Math.SinCos(sweep * i / n);
            sink.Point(cx + (ux * c) + (vx * s), cy + (uy * c) + (vy * s));
        }

        AddExtremes(sink, cx, ux, vx, cy, uy, vy, sweep, true);
        AddExtremes(sink, cy, uy, vy, cx, ux, vx, sweep, false);
        var planar = Length(ux, uy, vx, vy, sweep);

        // A tilted OCS shortens the XY shadow; the length in the entity's own plane is its true length.
        sink.AddLength(planar, inPlane is { } a ? Length(a.Ux, a.Uy, a.Vx, a.Vy, sweep) : planar);
    }

    /// <summary>Exact for circular arcs, Gauss–Legendre over short pieces for elliptic ones.</summary>
    public static double Length(double ux, double uy, double vx, double vy, double sweep)
    {
        var uu = (ux * ux) + (uy * uy);
        var vv = (vx * vx) + (vy * vy);
        var uv = (ux * vx) + (uy * vy);
        if (Math.Abs(uu - vv) <= 1e-12 * Math.Max(uu, vv) && Math.Abs(uv) <= 1e-12 * Math.Max(uu, vv))
        {
            return Math.Sqrt(uu) * sweep;
        }

        var pieces = Math.Max(4, (int)Math.Ceiling(sweep / (Math.PI / 16)));
        var h = sweep / pieces;
        var total = 0.0;
        for (var p = 0; p < pieces; p++)
        {
            var mid = (p + 0.5) * h;
            for (var k = 0; k < GaussNodes.Length; k++)
            {
                var (s, c) = Math.SinCos(mid + (GaussNodes[k] * h / 2));
                var dx = (-ux * s) + (vx * c);
                var dy = (-uy * s) + (vy * c);
                total += GaussWeights[k] * Math.Sqrt((dx * dx) + (dy * dy));
            }
        }

        return total * h / 2;
    }

    private static int Segments(double r, double sweep, double tol)
    {
        var maxFull = 256;
        var step = tol < r ? 2 * Math.Acos(1 - (tol / r)) : Math.PI / 2;
        var n = (int)Math.Ceiling(sweep / step);
        var cap = (int)Math.Ceiling(maxFull * sweep / (2 * Math.PI));
        var min = (int)Math.Ceiling(8 * sweep / (2 * Math.PI));
        return Math.Max(1, Math.Max(min, Math.Min(n, cap)));
    }

    /// <summary>The coordinate a + u·cos t + v·sin t is extreme where tan t = v/u (and t + π).</summary>
    private static void AddExtremes(CurveCollector sink, double a, double u, double v, double b, double ub, double vb, double sweep, bool isX)
    {
        var t0 = Math.Atan2(v, u);
        for (var k = -2; k <= 4; k++)
        {
            var t = t0 + (k * Math.PI);
            if (t < 0 || t > sweep)
            {
                continue;
            }

            var (s, c) = Math.SinCos(t);
            var p = a + (u * c) + (v * s);
            var q = b + (ub * c) + (vb * s);
            if (isX) sink.Extent(p, q);
            else sink.Extent(q, p);
        }
    }
}
