namespace LaserGrains.Grains.Preview;

/// <summary>Ramer–Douglas–Peucker on a slice of points: keeps the points a polyline needs within a tolerance.</summary>
internal static class Simplifier
{
    /// <summary>Marks which points of xs/ys[start..start+count) to keep; the first and last always stay.</summary>
    public static bool[] Keep(Func<int, double> x, Func<int, double> y, int start, int count, double tolerance)
    {
        var keep = new bool[count];
        keep[0] = keep[count - 1] = true;
        var stack = new Stack<(int A, int B)>();
        stack.Push((0, count - 1));
        var tol2 = tolerance * tolerance;
        while (stack.Count > 0)
        {
            var (a, b) = stack.Pop();
            if (b - a < 2) continue;
            var (ax, ay, bx, by) = (x(start + a), y(start + a), x(start + b), y(start + b));
            var (dx, dy) = (bx - ax, by - ay);
            var len2 = (dx * dx) + (dy * dy);
            var worst = -1.0;
            var at = -1;
            for (var i = a + 1; i < b; i++)
            {
                var (px, py) = (x(start + i) - ax, y(start + i) - ay);
                var d2 = len2 == 0 ? (px * px) + (py * py) : Square((px * dy) - (py * dx)) / len2;
                if (d2 > worst) (worst, at) = (d2, i);
            }

            if (worst <= tol2) continue;
            keep[at] = true;
            stack.Push((a, at));
            stack.Push((at, b));
        }

        return keep;
    }

    private static double Square(double v) => v * v;
}
