namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Finds curves drawn twice with a hash of quantised length and end/middle points (linear time).</summary>
internal static class DuplicateFinder
{
    /// <summary>Indices of curves whose signature was already seen.</summary>
    public static List<int> Find(CurveCollector c, double tolerance)
    {
        var q = tolerance * 10;
        var seen = new HashSet<Signature>();
        var duplicates = new List<int>();
        for (var i = 0; i < c.Curves.Count; i++)
        {
            var r = c.Curves[i];
            var last = r.Start + r.Count - 1;
            // The middle of the middle segment (or the middle point) is the same whichever way the curve runs.
            var m1 = r.Start + ((r.Count - 1) / 2);
            var m2 = r.Start + (r.Count / 2);
            var a = (Round(c.X(r.Start), q), Round(c.Y(r.Start), q));
            var b = (Round(c.X(last), q), Round(c.Y(last), q));
            var m = (Round((c.X(m1) + c.X(m2)) / 2, q), Round((c.Y(m1) + c.Y(m2)) / 2, q));

            // Sort the three points so a reversed copy of a line has the same signature.
            Sort(ref a, ref b);
            Sort(ref b, ref m);
            Sort(ref a, ref b);
            if (!seen.Add(new Signature(Round(r.Length, q), a.Item1, a.Item2, b.Item1, b.Item2, m.Item1, m.Item2)))
            {
                duplicates.Add(i);
            }
        }

        return duplicates;
    }

    private static long Round(double v, double q) => (long)Math.Round(v / q);

    private static void Sort(ref (long, long) a, ref (long, long) b)
    {
        if (a.CompareTo(b) > 0) (a, b) = (b, a);
    }

    private readonly record struct Signature(long Length, long Ax, long Ay, long Bx, long By, long Mx, long My);
}
