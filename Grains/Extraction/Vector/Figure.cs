namespace LaserGrains.Grains.Extraction.Vector;

/// <summary>One flattened contour of a vector drawing (PDF or SVG): its points in drawing units and whether it closes.</summary>
internal sealed record Figure(IReadOnlyList<(double X, double Y)> Points, bool Closed)
{
    /// <summary>Length along the points, including the closing segment of a closed figure.</summary>
    public double Length
    {
        get
        {
            var sum = 0.0;
            for (var i = 1; i < Points.Count; i++) sum += Distance(Points[i - 1], Points[i]);
            return Closed && Points.Count > 1 ? sum + Distance(Points[^1], Points[0]) : sum;
        }
    }

    public Box Bounds => Box.Of(Points);

    public static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
