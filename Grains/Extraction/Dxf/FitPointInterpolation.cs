namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Global B-spline interpolation through fit points (chord-length parameters, averaged knots), for splines without control points.</summary>
internal static class FitPointInterpolation
{
    /// <summary>Above this many points the dense solve is too slow; the fit points are then joined by lines.</summary>
    public const int MaxPoints = 400;

    public static Nurbs? Build(IReadOnlyList<double> xs, IReadOnlyList<double> ys, int degree)
    {
        var n = xs.Count;
        if (n < 3 || n > MaxPoints)
        {
            return null;
        }

        var p = Math.Clamp(degree, 1, n - 1);
        var t = ChordParameters(xs, ys);
        var u = new double[n + p + 1];
        for (var i = 0; i < u.Length; i++)
        {
            u[i] = i <= p ? 0 : i >= n ? 1 : Average(t, i - p, p);
        }

        var m = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            var span = FindSpan(u, n, p, t[i]);
            var basis = Basis(u, p, span, t[i]);
            for (var j = 0; j <= p; j++) m[i, span - p + j] = basis[j];
        }

        var bx = xs.ToArray();
        var by = ys.ToArray();
        return Solve(m, bx, by) ? new Nurbs(p, bx, by, null, u) : null;
    }

    private static double[] ChordParameters(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        var n = xs.Count;
        var t = new double[n];
        for (var i = 1; i < n; i++)
        {
            t[i] = t[i - 1] + Math.Sqrt(Math.Pow(xs[i] - xs[i - 1], 2) + Math.Pow(ys[i] - ys[i - 1], 2));
        }

        var total = t[n - 1];
        for (var i = 0; i < n; i++) t[i] = total > 0 ? t[i] / total : (double)i / (n - 1);
        return t;
    }

    private static double Average(double[] t, int j, int p)
    {
        var s = 0.0;
        for (var i = j; i < j + p; i++) s += t[i];
        return s / p;
    }

    private static int FindSpan(double[] u, int n, int p, double t)
    {
        if (t >= u[n]) return n - 1;
        var k = p;
        while (k < n - 1 && t >= u[k + 1]) k++;
        return k;
    }

    /// <summary>The p+1 non-zero basis functions at t in span k (Cox–de Boor, triangular scheme).</summary>
    private static double[] Basis(double[] u, int p, int k, double t)
    {
        var nb = new double[p + 1];
        var left = new double[p + 1];
        var right = new double[p + 1];
        nb[0] = 1;
        for (var j = 1; j <= p; j++)
        {
            left[j] = t - u[k + 1 - j];
            right[j] = u[k + j] - t;
            var saved = 0.0;
            for (var r = 0; r < j; r++)
            {
                var den = right[r + 1] + left[j - r];
                var temp = den != 0 ? nb[r] / den : 0;
                nb[r] = saved + (right[r + 1] * temp);
                saved = left[j - r] * temp;
            }

            nb[j] = saved;
        }

        return nb;
    }

    /// <summary>Gaussian elimination with partial pivoting, solving for x and y at once in place.</summary>
    private static bool Solve(double[,] m, double[] bx, double[] by)
    {
        var n = bx.Length;
        for (var c = 0; c < n; c++)
        {
            var piv = c;
            for (var r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[piv, c])) piv = r;
            if (Math.Abs(m[piv, c]) < 1e-14) return false;
            if (piv != c)
            {
                for (var k = 0; k < n; k++) (m[c, k], m[piv, k]) = (m[piv, k], m[c, k]);
                (bx[c], bx[piv]) = (bx[piv], bx[c]);
                (by[c], by[piv]) = (by[piv], by[c]);
            }

            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                if (f == 0) continue;
                for (var k = c; k < n; k++) m[r, k] -= f * m[c, k];
                bx[r] -= f * bx[c];
                by[r] -= f * by[c];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            for (var k = r + 1; k < n; k++)
            {
                bx[r] -= m[r, k] * bx[k];
                by[r] -= m[r, k] * by[k];
            }

            bx[r] /= m[r, r];
            by[r] /= m[r, r];
        }

        return true;
    }
}
