namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Emits a SPLINE as one curve: NURBS from control points, or an interpolation of fit points when that is all there is.</summary>
internal static class DxfSplineEmitter
{
    public static void Emit(CurveCollector sink, DxfSpline s, Affine2 xf, string layer, double tolerance)
    {
        var source = s.ControlPoints.Count >= 2 ? s.ControlPoints : s.FitPoints;
        if (source.Count < 2)
        {
            return;
        }

        // Affine maps commute with NURBS evaluation, so transform the points and evaluate in world space.
        var xs = new double[source.Count];
        var ys = new double[source.Count];
        for (var i = 0; i < source.Count; i++)
        {
            (xs[i], ys[i]) = xf.Apply(source[i].X, source[i].Y);
        }

        var curve = s.ControlPoints.Count >= 2
            ? new Nurbs(s.Degree, xs, ys, s.Weights, s.Knots)
            : FitPointInterpolation.Build(xs, ys, s.Degree);
        sink.Begin(layer);
        if (curve is null)
        {
            EmitPolyline(sink, xs, ys);
        }
        else
        {
            NurbsFlattener.Emit(sink, curve, tolerance / 4);
        }

        // A closed flag only counts when the ends really meet: a flagged but gaping spline still needs fixing.
        sink.End(s.IsClosed && sink.EndsMeet(tolerance));
    }

    private static void EmitPolyline(CurveCollector sink, double[] xs, double[] ys)
    {
        sink.Point(xs[0], ys[0]);
        for (var i = 1; i < xs.Length; i++)
        {
            sink.Point(xs[i], ys[i]);
            sink.AddLength(Math.Sqrt(Math.Pow(xs[i] - xs[i - 1], 2) + Math.Pow(ys[i] - ys[i - 1], 2)));
        }
    }
}
