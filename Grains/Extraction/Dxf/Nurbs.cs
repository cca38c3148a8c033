namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A 2D NURBS curve evaluated with de Boor's algorithm in homogeneous coordinates.</summary>
internal sealed class Nurbs
{
    private readonly int _p;
    private readonly double[] _u;
    private readonly double[] _wx;
    private readonly double[] _wy;
    private readonly double[] _w;
    private readonly double[] _tx;
    private readonly double[] _ty;
    private readonly double[] _tw;

    /// <summary>Builds the curve; a knot vector of the wrong length is replaced by a clamped uniform one.</summary>
    public Nurbs(int degree, IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<double>? weights, IReadOnlyList<double>? knots)
    {
        var n = xs.Count;
        _p = Math.Clamp(degree, 1, Math.Max(1, n - 1));
        _wx = new double[n];
        _wy = new double[n];
        _w = new double[n];
        var useWeights = weights is not null && weights.Count == n;
        for (var i = 0; i < n; i++)
        {
            var w = useWeights && weights![i] > 0 ? weights[i] : 1;
            _w[i] = w;
            _wx[i] = xs[i] * w;
            _wy[i] = ys[i] * w;
        }

        _u = knots is not null && knots.Count == n + _p + 1 && IsNonDecreasing(knots) && degree == _p
            ? [.. knots]
            : ClampedUniform(n, _p);
        _tx = new double[_p + 1];
        _ty = new double[_p + 1];
        _tw = new double[_p + 1];
    }

    public double Start => _u[_p];

    public double End => _u[_wx.Length];

    public IReadOnlyList<double> Knots => _u;

    public int Degree => _p;

    public (double X, double Y) Evaluate(double t)
    {
        var k = Span(t);
        for (var j = 0; j <= _p; j++)
        {
            var i = k - _p + j;
            _tx[j] = _wx[i];
            _ty[j] = _wy[i];
            _tw[j] = _w[i];
        }

        for (var r = 1; r <= _p; r++)
        {
            for (var j = _p; j >= r; j--)
            {
                var i = k - _p + j;
                var den = _u[i + _p - r + 1] - _u[i];
                var a = den > 0 ? (t - _u[i]) / den : 0;
                _tx[j] = ((1 - a) * _tx[j - 1]) + (a * _tx[j]);
                _ty[j] = ((1 - a) * _ty[j - 1]) + (a * _ty[j]);
                _tw[j] = ((1 - a) * _tw[j - 1]) + (a * _tw[j]);
            }
        }

        var w = _tw[_p] != 0 ? _tw[_p] : 1;
        return (_tx[_p] / w, _ty[_p] / w);
    }

    private int Span(double t)
    {
        var n = _wx.Length;
        if (t >= _u[n])
        {
            // The last non-empty span, so the curve's end is reachable.
            var k = n - 1;
            while (k > _p && _u[k] >= _u[n]) k--;
            return k;
        }

        int lo = _p, hi = n;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) / 2;
            if (t < _u[mid]) hi = mid;
            else lo = mid;
        }

        return lo;
    }

    internal static double[] ClampedUniform(int n, int p)
    {
        var u = new double[n + p + 1];
        var inner = n - p;
        for (var i = 0; i < u.Length; i++)
        {
            u[i] = i <= p ? 0 : i >= n ? 1 : (double)(i - p) / inner;
        }

        return u;
    }

    private static bool IsNonDecreasing(IReadOnlyList<double> k)
    {
        for (var i = 1; i < k.Count; i++)
        {
            if (k[i] < k[i - 1] || double.IsNaN(k[i])) return false;
        }

        return k[^1] > k[0];
    }
}
