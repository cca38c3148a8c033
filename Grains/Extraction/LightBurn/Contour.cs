namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>One cut path in project millimetres: its layer (CutIndex), its flattened points, whether it returns to its start.</summary>
internal sealed record Contour(int Layer, IReadOnlyList<(double X, double Y)> Points, bool Closed)
{
    public double Length
    {
        get
        {
            var total = 0.0;
            for (var i = 1; i < Points.Count; i++) total += Distance(Points[i - 1], Points[i]);
            return total;
        }
    }

    public static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
