namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Finds curves drawn twice with a hash of quantised length and end/middle points (linear time).</summary>
internal static class DuplicateFinder
{
    /// <summary>Indices of curves whose signature was already seen.</summary>
    public static List<int> Find(CurveCollector c, double tolerance)
    {
        var q = tolerance * 10;
        var count = c.Curves.Count;
        var duplicates = new List<int>();

        // Open addressing on pooled arrays: slot holds 1 + index into the signatures seen so far (0 = empty).
        var size = 64;
        while (size < 2 * count) size <<= 1;
        var mask = size - 1;
        using var slots = new PooledBuffer<int>(size);
        slots.SetCount(size);
        slots.Span.Clear();
        using var seen = new PooledBuffer<Signature>(count);
        for (var i = 0; i < count; i++)
        {
            var sig = SignatureOf(c, c.Curves[i], q);
            var s = (int)(sig.Hash() & (ulong)mask);
            var found = false;
            for (; slots[s] != 0; s = (s + 1) & mask)
            {
                if (seen[slots[s] - 1].Equals(sig))
                {
                    found = true;
                    break;
                }
            }

            if (found)
            {
                duplicates.Add(i);
                continue;
            }

            seen.Add(sig);
            slots[s] = seen.Count;
        }

        return duplicates;
    }

    private static Signature SignatureOf(CurveCollector c, CurveRecord r, double q)
    {
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
        return new Signature(Round(r.Length, q), a.Item1, a.Item2, b.Item1, b.Item2, m.Item1, m.Item2);
    }

    private static long Round(double v, double q) => (long)Math.Round(v / q);

    private static void Sort(ref (long, long) a, ref (long, long) b)
    {
        if (a.Item1 > b.Item1 || (a.Item1 == b.Item1 && a.Item2 > b.Item2)) (a, b) = (b, a);
    }

    private readonly record struct Signature(long Length, long Ax, long Ay, long Bx, long By, long Mx, long My)
    {
        public ulong Hash()
        {
            const ulong k = 0x9E3779B97F4A7C15UL;
            var h = (ulong)Length;
            h = (h * k) ^ (ulong)Ax;
            h = (h * k) ^ (ulong)Ay;
            h = (h * k) ^ (ulong)Bx;
            h = (h * k) ^ (ulong)By;
            h = (h * k) ^ (ulong)Mx;
            h = (h * k) ^ (ulong)My;
            h *= k;
            return h ^ (h >> 32);
        }
    }
}
