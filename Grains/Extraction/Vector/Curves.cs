namespace LaserGrains.Grains.Extraction.Vector;

/// <summary>Flattens Bézier curves into points, finely enough that lengths agree with the true curve to well under 0.1 %.</summary>
internal static class Curves
{
    /// <summary>Appends points of the cubic p0..p3 after p0 (p0 itself is already in <paramref name="into"/>).</summary>
    public static void AddCubic(List<(double X, double Y)> into, (double X, double Y) p0, (double X, double Y) p1, (double X, double Y) p2, (double X, double Y) p3)
    {
        var n = Steps(Figure.Distance(p0, p1) + Figure.Distance(p1, p2) + Figure.Distance(p2, p3));
        for (var k = 1; k <= n; k++)
        {
            var s = (double)k / n;
            var u = 1 - s;
            var (a, b, c, d) = (u * u * u, 3 * u * u * s, 3 * u * s * s, s * s * s);
            into.Add(((a * p0.X) + (b * p1.X) + (c * p2.X) + (d * p3.X), (a * p0.Y) + (b * p1.Y) + (c * p2.Y) + (d * p3.Y)));
        }
    }

    /// <summary>A quadratic as the cubic it equals.</summary>
    public static void AddQuadratic(List<(double X, double Y)> into, (double X, double Y) p0, (double X, double Y) c, (double X, double Y) p1) =>
        AddCubic(into, p0, (p0.X + (2.0 / 3 * (c.X - p0.X)), p0.Y + (2.0 / 3 * (c.Y - p0.Y))), (p1.X + (2.0 / 3 * (c.X - p1.X)), p1.Y + (2.0 / 3 * (c.Y - p1.Y))), p1);

    // Hull length in drawing units is unknown in mm here, so the step count is bounded both ways instead.
    private static int Steps(double hull) => double.IsFinite(hull) ? (int)Math.Clamp(Math.Ceiling(hull / 0.25), 16, 128) : 16;
}
