namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>SPLINE: a NURBS curve (degree, knots, weights, control points) or, failing those, its fit points.</summary>
public sealed class DxfSpline() : DxfEntity("SPLINE")
{
    private readonly PointBag _control = new();
    private readonly PointBag _fit = new();

    /// <summary>Group 70: 1 closed, 2 periodic, 4 rational, 16 linear.</summary>
    public int Flags { get; private set; }

    public int Degree { get; private set; } = 3;

    public List<double> Knots { get; } = [];

    public List<double> Weights { get; } = [];

    public List<DxfVec> ControlPoints { get; private set; } = [];

    public List<DxfVec> FitPoints { get; private set; } = [];

    public bool IsClosed => (Flags & 1) != 0;

    internal override void ReadTag(DxfTokenizer t)
    {
        switch (t.Code)
        {
            case 70: Flags = t.Int; break;
            case 71: Degree = t.Int; break;
            case 40: Knots.Add(t.Double); break;
            case 41: Weights.Add(t.Double); break;
            case 10 or 20 or 30: _control.Set(t.Code, t.Double); break;
            case 11 or 21 or 31: _fit.Set(t.Code - 1, t.Double); break;
        }
    }

    internal override void Complete()
    {
        ControlPoints = _control.ToList();
        FitPoints = _fit.ToList();
    }

    /// <summary>Collects repeated x/y/z codes; the n-th y pairs with the n-th x whatever the order.</summary>
    private sealed class PointBag
    {
        private readonly List<double>[] _axes = [[], [], []];

        public void Set(int code, double v) => _axes[(code / 10) - 1].Add(v);

        public List<DxfVec> ToList()
        {
            var xs = _axes[0];
            var list = new List<DxfVec>(xs.Count);
            for (var i = 0; i < xs.Count; i++)
            {
                list.Add(new DxfVec(xs[i], At(1, i), At(2, i)));
            }

            return list;
        }

        private double At(int axis, int i) => i < _axes[axis].Count ? _axes[axis][i] : 0;
    }
}
