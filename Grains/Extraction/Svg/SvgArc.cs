namespace LaserGrains.Grains.Extraction.Svg;

/// <summary>An SVG elliptical arc from its endpoint form, flattened (the centre conversion of SVG 1.1 appendix F.6.5).</summary>
internal static class SvgArc
{
    public static void Add(List<(double X, double Y)> into, (double X, double Y) p0, double rx, double ry, double degrees, bool large, bool sweep, (double X, double Y) p1)
    {
        rx = Math.Abs(rx);
        ry = Math.Abs(ry);
        if (rx == 0 || ry == 0 || p0 == p1)
        {
            into.Add(p1);
            return;
        }

        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        var dx = (p0.X - p1.X) / 2;
        var dy = (p0.Y - p1.Y) / 2;
        var x1 = (cos * dx) + (sin * dy);
        var y1 = (-sin * dx) + (cos * dy);
        // Radii too small to reach are scaled up, as the specification says.
        var lambda = (x1 * x1 / (rx * rx)) + (y1 * y1 / (ry * ry));
        if (lambda > 1)
        {
            rx *= Math.Sqrt(lambda);
            ry *= Math.Sqrt(lambda);
        }

        var num = (rx * rx * ry * ry) - (rx * rx * y1 * y1) - (ry * ry * x1 * x1);
        var den = (rx * rx * y1 * y1) + (ry * ry * x1 * x1);
        var k = Math.Sqrt(Math.Max(0, num / den)) * (large == sweep ? -1 : 1);
        var cx1 = k * rx * y1 / ry;
        var cy1 = -k * ry * x1 / rx;
        var cx = (cos * cx1) - (sin * cy1) + ((p0.X + p1.X) / 2);
        var cy = (sin * cx1) + (cos * cy1) + ((p0.Y + p1.Y) / 2);
        var theta = Math.Atan2((y1 - cy1) / ry, (x1 - cx1) / rx);
        var delta = Math.Atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx) - theta;
        if (sweep && delta < 0) delta += 2 * Math.PI;
        if (!sweep && delta > 0) delta -= 2 * Math.PI;

        var steps = (int)Math.Clamp(Math.Ceiling(Math.Abs(delta) / (Math.PI / 90)), 4, 360);
        for (var i = 1; i < steps; i++)
        {
            var (s, c) = Math.SinCos(theta + (delta * i / steps));
            into.Add((cx + (cos * rx * c) - (sin * ry * s), cy + (sin * rx * c) + (cos * ry * s)));
        }

        into.Add(p1);
    }
}
