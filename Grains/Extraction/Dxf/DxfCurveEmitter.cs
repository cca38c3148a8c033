namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Turns one cut entity (LINE, ARC, CIRCLE, ELLIPSE, polylines, SPLINE) into a world-space curve.</summary>
internal sealed class DxfCurveEmitter(CurveCollector sink, double tolerance)
{
    private const double TwoPi = 2 * Math.PI;

    public void Emit(DxfEntity e, Affine2 xf, string layer, double zScale)
    {
        switch (e)
        {
            case DxfLine l: Line(l, xf, layer, zScale); break;
            case DxfCircle c when c.Radius > 0: Circle(c, xf, layer); break;
            case DxfArc a when a.Radius > 0: Arc(a, xf, layer); break;
            case DxfEllipse el: Ellipse(el, xf, layer); break;
            case DxfPolyline p when !p.IsMesh: DxfPolylineEmitter.Emit(sink, p, xf, layer, tolerance, zScale); break;
            case DxfSpline s: DxfSplineEmitter.Emit(sink, s, xf, layer, tolerance); break;
        }
    }

    private void Line(DxfLine l, Affine2 xf, string layer, double zScale)
    {
        var (x0, y0) = xf.Apply(l.Start.X, l.Start.Y);
        var (x1, y1) = xf.Apply(l.End.X, l.End.Y);
        sink.Begin(layer);
        sink.Point(x0, y0);
        sink.Point(x1, y1);
        var planar = ((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0));
        var dz = (l.End.Z - l.Start.Z) * zScale;
        sink.AddLength(Math.Sqrt(planar), Math.Sqrt(planar + (dz * dz)));
        sink.End(false);
    }

    private void Circle(DxfCircle c, Affine2 xf, string layer)
    {
        var m = Affine2.Ocs(c.Extrusion, c.Center.Z).Then(xf);
        EmitArc(m, xf, c.Center.X, c.Center.Y, c.Radius, 0, TwoPi, layer, true);
    }

    private void Arc(DxfArc a, Affine2 xf, string layer)
    {
        var sweep = (a.EndAngle - a.StartAngle) % 360;
        if (sweep <= 0)
        {
            sweep += 360;
        }

        var m = Affine2.Ocs(a.Extrusion, a.Center.Z).Then(xf);
        EmitArc(m, xf, a.Center.X, a.Center.Y, a.Radius, a.StartAngle * Math.PI / 180, sweep * Math.PI / 180, layer, false);
    }

    private void EmitArc(Affine2 m, Affine2 inPlane, double cx, double cy, double r, double start, double sweep, string layer, bool closed)
    {
        var (s, c) = Math.SinCos(start);
        var (wx, wy) = m.Apply(cx, cy);
        var (ux, uy) = m.ApplyVector(r * c, r * s);
        var (vx, vy) = m.ApplyVector(-r * s, r * c);
        var (pux, puy) = inPlane.ApplyVector(r * c, r * s);
        var (pvx, pvy) = inPlane.ApplyVector(-r * s, r * c);
        sink.Begin(layer);
        EllipticArcMath.Emit(sink, wx, wy, ux, uy, vx, vy, sweep, tolerance, false, (pux, puy, pvx, pvy));
        sink.End(closed);
    }

    private void Ellipse(DxfEllipse e, Affine2 xf, string layer)
    {
        var major = e.MajorAxis;
        if (major.Length == 0)
        {
            return;
        }

        // ELLIPSE is in WCS; its minor axis is ratio·(N × major).
        var minor = e.Extrusion.Normalized().Cross(major);
        var sweep = (e.EndParam - e.StartParam) % TwoPi;
        if (sweep <= 1e-12)
        {
            sweep += TwoPi;
        }

        var full = Math.Abs(sweep - TwoPi) < 1e-9;
        var (s, c) = Math.SinCos(e.StartParam);
        var r = e.Ratio;
        var (wx, wy) = xf.Apply(e.Center.X, e.Center.Y);
        var (ux, uy) = xf.ApplyVector((major.X * c) + (r * minor.X * s), (major.Y * c) + (r * minor.Y * s));
        var (vx, vy) = xf.ApplyVector((-major.X * s) + (r * minor.X * c), (-major.Y * s) + (r * minor.Y * c));
        sink.Begin(layer);
        EllipticArcMath.Emit(sink, wx, wy, ux, uy, vx, vy, sweep, tolerance, false);
        sink.End(full);
    }
}
