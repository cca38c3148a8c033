namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A closed contour as a polygon, with what nesting needs: area, bounds and a point on it.</summary>
internal sealed class ContourPolygon
{
    public ContourPolygon(double[] xs, double[] ys, int layer)
    {
        Xs = xs;
        Ys = ys;
        Layer = layer;
        MinX = MinY = double.PositiveInfinity;
        MaxX = MaxY = double.NegativeInfinity;
        var twice = 0.0;
        for (int i = 0, j = xs.Length - 1; i < xs.Length; j = i++)
        {
            twice += (xs[j] * ys[i]) - (xs[i] * ys[j]);
            MinX = Math.Min(MinX, xs[i]);
            MaxX = Math.Max(MaxX, xs[i]);
            MinY = Math.Min(MinY, ys[i]);
            MaxY = Math.Max(MaxY, ys[i]);
        }

        Area = Math.Abs(twice) / 2;
    }

    public double[] Xs { get; }
    public double[] Ys { get; }
    public int Layer { get; }
    public double Area { get; }
    public double MinX { get; }
    public double MinY { get; }
    public double MaxX { get; }
    public double MaxY { get; }

    /// <summary>How many larger contours enclose this one; odd means it is a hole.</summary>
    public int Depth { get; set; }

    public bool BoundsContain(ContourPolygon o) => o.MinX >= MinX && o.MaxX <= MaxX && o.MinY >= MinY && o.MaxY <= MaxY;

    /// <summary>Even–odd ray casting.</summary>
    public bool Contains(double x, double y)
    {
        var inside = false;
        for (int i = 0, j = Xs.Length - 1; i < Xs.Length; j = i++)
        {
            if ((Ys[i] > y) != (Ys[j] > y) && x < ((Xs[j] - Xs[i]) * (y - Ys[i]) / (Ys[j] - Ys[i])) + Xs[i])
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
