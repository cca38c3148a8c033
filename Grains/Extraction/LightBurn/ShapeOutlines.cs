namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>Flattens LightBurn's primitive shapes into closed outlines in project millimetres.</summary>
internal static class ShapeOutlines
{
    private const int EllipseSamples = 128;
    private const int CornerSamples = 16;
    private const int MaxPolygonSides = 4096;

    /// <summary>A rectangle centred on its origin, corners rounded by <paramref name="radius"/> (clamped to half the shorter side).</summary>
    public static List<(double X, double Y)> Rect(double w, double h, double radius, Affine t)
    {
        var (hw, hh) = (Math.Abs(w) / 2, Math.Abs(h) / 2);
        var r = Math.Clamp(radius, 0, Math.Min(hw, hh));
        var local = new List<(double X, double Y)>();
        if (r <= 0)
        {
            local.AddRange([(-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh)]);
        }
        else
        {
            // Corner centres counter-clockwise from bottom-right, each arc a quarter turn.
            (double X, double Y, double Start)[] corners = [(hw - r, -hh + r, -Math.PI / 2), (hw - r, hh - r, 0), (-hw + r, hh - r, Math.PI / 2), (-hw + r, -hh + r, Math.PI)];
            foreach (var (cx, cy, start) in corners)
            {
                for (var k = 0; k <= CornerSamples; k++)
                {
                    var a = start + (Math.PI / 2 * k / CornerSamples);
                    local.Add((cx + (r * Math.Cos(a)), cy + (r * Math.Sin(a))));
                }
            }
        }

        return Close(local, t);
    }

    /// <summary>An ellipse of radii <paramref name="rx"/>, <paramref name="ry"/> about its origin, or a regular polygon of <paramref name="sides"/>.</summary>
    public static List<(double X, double Y)> Ellipse(double rx, double ry, int? sides, Affine t)
    {
        var n = sides is >= 3 and <= MaxPolygonSides ? sides.Value : EllipseSamples;
        var local = new List<(double X, double Y)>(n + 1);
        for (var k = 0; k < n; k++)
        {
            var angle = 2 * Math.PI * k / n;
            local.Add((rx * Math.Cos(angle), ry * Math.Sin(angle)));
        }

        return Close(local, t);
    }

    /// <summary>A cubic Bézier flattened finely enough that its length is right to well under 0.1 %.</summary>
    public static void AddBezier(List<(double X, double Y)> into, (double X, double Y) p0, (double X, double Y) p1, (double X, double Y) p2, (double X, double Y) p3)
    {
        var hull = Contour.Distance(p0, p1) + Contour.Distance(p1, p2) + Contour.Distance(p2, p3);
        var n = (int)Math.Clamp(Math.Ceiling(hull / 0.5), 16, 256);
        for (var k = 1; k <= n; k++)
        {
            var s = (double)k / n;
            var u = 1 - s;
            var (a, b, c, d) = (u * u * u, 3 * u * u * s, 3 * u * s * s, s * s * s);
            into.Add(((a * p0.X) + (b * p1.X) + (c * p2.X) + (d * p3.X), (a * p0.Y) + (b * p1.Y) + (c * p2.Y) + (d * p3.Y)));
        }
    }

    private static List<(double X, double Y)> Close(List<(double X, double Y)> local, Affine t)
    {
        var world = local.Select(p => t.Apply(p.X, p.Y)).ToList();
        if (world.Count > 0) world.Add(world[0]);
        return world;
    }
}
