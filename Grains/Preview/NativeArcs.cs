using System.Text;
using LaserGrains.Grains.Extraction.Dxf;

namespace LaserGrains.Grains.Preview;

/// <summary>Writes circles, arcs and bulge polylines as SVG arc commands when their transform keeps circles round.</summary>
internal static class NativeArcs
{
    /// <summary>True when the curve was written; false leaves it to the flattened points (ellipses, splines, skewed blocks).</summary>
    public static bool TryWrite(StringBuilder sb, DxfEntity? entity, Affine2 xf, double k, out int vertices)
    {
        vertices = 0;
        switch (entity)
        {
            case DxfCircle c when Uniform(Affine2.Ocs(c.Extrusion, c.Center.Z).Then(xf), out var m, out var s):
                vertices = Circle(sb, m, c.Center.X, c.Center.Y, c.Radius, s, k);
                return true;
            case DxfArc a when Uniform(Affine2.Ocs(a.Extrusion, a.Center.Z).Then(xf), out var m, out var s):
                vertices = Arc(sb, m, a, s, k);
                return true;
            case DxfPolyline p when Plain(p) && Uniform(Affine2.Ocs(p.Extrusion, p.Elevation).Then(xf), out var m, out var s):
                vertices = Polyline(sb, m, p, s, k);
                return true;
            default:
                return false;
        }
    }

    private static int Circle(StringBuilder sb, Affine2 m, double cx, double cy, double r, double s, double k)
    {
        var (x, y) = m.Apply(cx, cy);
        var rr = SvgText.Num(r * s * k);
        sb.Append('M').Append(SvgText.Num((x + (r * s)) * k)).Append(' ').Append(SvgText.Num(-y * k));
        sb.Append('A').Append(rr).Append(' ').Append(rr).Append(" 0 1 0 ").Append(SvgText.Num((x - (r * s)) * k)).Append(' ').Append(SvgText.Num(-y * k));
        sb.Append('A').Append(rr).Append(' ').Append(rr).Append(" 0 1 0 ").Append(SvgText.Num((x + (r * s)) * k)).Append(' ').Append(SvgText.Num(-y * k)).Append('Z');
        return 3;
    }

    private static int Arc(StringBuilder sb, Affine2 m, DxfArc a, double s, double k)
    {
        var sweep = (a.EndAngle - a.StartAngle) % 360;
        if (sweep <= 0) sweep += 360;
        if (sweep >= 360 - 1e-9) return Circle(sb, m, a.Center.X, a.Center.Y, a.Radius, s, k);
        var (s0, c0) = Math.SinCos(a.StartAngle * Math.PI / 180);
        var (s1, c1) = Math.SinCos((a.StartAngle + sweep) * Math.PI / 180);
        var (x0, y0) = m.Apply(a.Center.X + (a.Radius * c0), a.Center.Y + (a.Radius * s0));
        var (x1, y1) = m.Apply(a.Center.X + (a.Radius * c1), a.Center.Y + (a.Radius * s1));
        sb.Append('M').Append(SvgText.Num(x0 * k)).Append(' ').Append(SvgText.Num(-y0 * k));
        ArcTo(sb, a.Radius * s * k, sweep > 180, m.Determinant < 0, x1 * k, y1 * k);
        return 2;
    }

    private static int Polyline(StringBuilder sb, Affine2 m, DxfPolyline p, double s, double k)
    {
        var v = p.Vertices;
        var (x0, y0) = m.Apply(v[0].X, v[0].Y);
        sb.Append('M').Append(SvgText.Num(x0 * k)).Append(' ').Append(SvgText.Num(-y0 * k));
        var segments = p.IsClosed ? v.Count : v.Count - 1;
        for (var i = 0; i < segments; i++)
        {
            var a = v[i];
            var b = v[(i + 1) % v.Count];
            var (x1, y1) = m.Apply(b.X, b.Y);
            if (Math.Abs(a.Bulge) > 1e-12 && (a.X != b.X || a.Y != b.Y))
            {
                var theta = 4 * Math.Atan(Math.Abs(a.Bulge));
                var chord = Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));
                var r = chord / (2 * Math.Sin(theta / 2));
                ArcTo(sb, r * s * k, theta > Math.PI, (a.Bulge < 0) != (m.Determinant < 0), x1 * k, y1 * k);
            }
            else if (!(p.IsClosed && i == segments - 1))
            {
                sb.Append('L').Append(SvgText.Num(x1 * k)).Append(' ').Append(SvgText.Num(-y1 * k));
            }
        }

        if (p.IsClosed) sb.Append('Z');
        return v.Count;
    }

    /// <summary>Counter-clockwise in the drawing is counter-clockwise on screen after the Y flip, which is SVG sweep 0.</summary>
    private static void ArcTo(StringBuilder sb, double r, bool large, bool clockwise, double x, double y)
    {
        var rr = SvgText.Num(r);
        sb.Append('A').Append(rr).Append(' ').Append(rr).Append(" 0 ").Append(large ? '1' : '0').Append(' ').Append(clockwise ? '1' : '0')
            .Append(' ').Append(SvgText.Num(x)).Append(' ').Append(SvgText.Num(-y));
    }

    /// <summary>2D polylines without spline fitting, frame points or 3D vertices: their segments are lines and bulge arcs only.</summary>
    private static bool Plain(DxfPolyline p) =>
        !p.Is3D && !p.IsMesh && (p.Flags & 6) == 0 && p.Vertices.Count > 1 && !p.Vertices.Exists(v => (v.Flags & 24) != 0);

    /// <summary>Rotation, mirror and uniform scale only: then a circle stays a circle of radius r·s.</summary>
    private static bool Uniform(Affine2 m, out Affine2 map, out double scale)
    {
        map = m;
        scale = Math.Sqrt(Math.Abs(m.Determinant));
        var eps = 1e-9 * Math.Max(1, scale);
        var rotation = Math.Abs(m.A - m.D) <= eps && Math.Abs(m.B + m.C) <= eps;
        var mirror = Math.Abs(m.A + m.D) <= eps && Math.Abs(m.B - m.C) <= eps;
        return scale > 0 && (rotation || mirror);
    }
}
