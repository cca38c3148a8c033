namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Turns a polyline bulge segment into the centre/axes/sweep form of <see cref="EllipticArcMath"/>.</summary>
internal static class BulgeMath
{
    /// <summary>Local-frame arc for bulge b from (x0,y0) to (x1,y1): θ = 4·atan(b), positive = counter-clockwise.</summary>
    public static (double Cx, double Cy, double Ux, double Uy, double Vx, double Vy, double Sweep) Arc(
        double x0, double y0, double x1, double y1, double bulge)
    {
        var theta = 4 * Math.Atan(bulge);
        var dx = x1 - x0;
        var dy = y1 - y0;
        var chord = Math.Sqrt((dx * dx) + (dy * dy));
        var radius = chord / (2 * Math.Sin(Math.Abs(theta) / 2));

        // The centre lies on the chord's perpendicular bisector, at distance r·cos(θ/2) towards the arc's inside.
        var mx = (x0 + x1) / 2;
        var my = (y0 + y1) / 2;
        var h = radius * Math.Cos(theta / 2) * Math.Sign(theta);
        var nx = -dy / chord;
        var ny = dx / chord;
        var cx = mx + (nx * h);
        var cy = my + (ny * h);
        var ux = x0 - cx;
        var uy = y0 - cy;
        var dir = Math.Sign(theta);
        return (cx, cy, ux, uy, -uy * dir, ux * dir, Math.Abs(theta));
    }
}
