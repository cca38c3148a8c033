namespace LaserGrains.Grains.Extraction.Vector;

/// <summary>An axis-aligned bounding box; <see cref="Empty"/> holds nothing.</summary>
internal readonly record struct Box(double MinX, double MinY, double MaxX, double MaxY)
{
    public static Box Empty { get; } = new(double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);

    public bool IsEmpty => MinX > MaxX;

    public double Width => IsEmpty ? 0 : MaxX - MinX;

    public double Height => IsEmpty ? 0 : MaxY - MinY;

    public Box Union(Box other) => new(Math.Min(MinX, other.MinX), Math.Min(MinY, other.MinY), Math.Max(MaxX, other.MaxX), Math.Max(MaxY, other.MaxY));

    /// <summary>True when <paramref name="inner"/> lies within this box, widened by <paramref name="slack"/> on every side.</summary>
    public bool Contains(Box inner, double slack) =>
        !IsEmpty && inner.MinX >= MinX - slack && inner.MaxX <= MaxX + slack && inner.MinY >= MinY - slack && inner.MaxY <= MaxY + slack;

    public bool Contains(double x, double y) => !IsEmpty && x >= MinX && x <= MaxX && y >= MinY && y <= MaxY;

    public static Box Of(IEnumerable<(double X, double Y)> points)
    {
        var box = Empty;
        foreach (var (x, y) in points) box = new(Math.Min(box.MinX, x), Math.Min(box.MinY, y), Math.Max(box.MaxX, x), Math.Max(box.MaxY, y));
        return box;
    }
}
