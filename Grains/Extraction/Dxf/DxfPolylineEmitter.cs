namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Emits LWPOLYLINE/POLYLINE as one curve: straight segments and bulge arcs, closing segment when flagged.</summary>
internal static class DxfPolylineEmitter
{
    public static void Emit(CurveCollector sink, DxfPolyline p, Affine2 xf, string layer, double tolerance, double zScale)
    {
        var vertices = Drawable(p);
        if (vertices.Count == 0)
        {
            return;
        }

        // 3D polylines are in WCS; 2D ones in the OCS of their extrusion, at their elevation.
        var m = p.Is3D ? xf : Affine2.Ocs(p.Extrusion, p.Elevation).Then(xf);
        sink.Begin(layer);
        var (x0, y0) = m.Apply(vertices[0].X, vertices[0].Y);
        sink.Point(x0, y0);
        var segments = p.IsClosed ? vertices.Count : vertices.Count - 1;
        for (var i = 0; i < segments; i++)
        {
            var a = vertices[i];
            var b = vertices[(i + 1) % vertices.Count];
            var (x1, y1) = m.Apply(b.X, b.Y);
            if (Math.Abs(a.Bulge) > 1e-12 && !p.Is3D && (a.X != b.X || a.Y != b.Y))
            {
                var arc = BulgeMath.Arc(a.X, a.Y, b.X, b.Y, a.Bulge);
                var (cx, cy) = m.Apply(arc.Cx, arc.Cy);
                var (ux, uy) = m.ApplyVector(arc.Ux, arc.Uy);
                var (vx, vy) = m.ApplyVector(arc.Vx, arc.Vy);
                var (pux, puy) = xf.ApplyVector(arc.Ux, arc.Uy);
                var (pvx, pvy) = xf.ApplyVector(arc.Vx, arc.Vy);
                EllipticArcMath.Emit(sink, cx, cy, ux, uy, vx, vy, arc.Sweep, tolerance, true, (pux, puy, pvx, pvy));
            }
            else
            {
                sink.Point(x1, y1);
                var planar = ((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0));
                // 3D polylines: length in space; 2D ones: length in their own (possibly tilted) plane.
                var (ex, ey) = xf.ApplyVector(b.X - a.X, b.Y - a.Y);
                var dz = p.Is3D ? (b.Z - a.Z) * zScale : 0;
                var spatial = p.Is3D ? planar + (dz * dz) : (ex * ex) + (ey * ey);
                sink.AddLength(Math.Sqrt(planar), Math.Sqrt(spatial));
            }

            (x0, y0) = (x1, y1);
        }

        sink.End(p.IsClosed && segments > 1);
    }

    /// <summary>Spline-fit polylines draw their fit vertices (flag 8); frame control points (flag 16) are never cut.</summary>
    private static List<DxfPolyVertex> Drawable(DxfPolyline p)
    {
        var splineFit = (p.Flags & 4) != 0 && p.Vertices.Exists(v => (v.Flags & 8) != 0);
        if (!splineFit && !p.Vertices.Exists(v => (v.Flags & 16) != 0))
        {
            return p.Vertices;
        }

        return p.Vertices.FindAll(v => splineFit ? (v.Flags & 8) != 0 : (v.Flags & 16) == 0);
    }
}
