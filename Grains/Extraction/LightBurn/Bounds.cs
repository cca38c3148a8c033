namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>An axis-aligned bounding box that grows as points are added.</summary>
internal sealed class Bounds
{
    public double MinX { get; private set; } = double.PositiveInfinity;
    public double MinY { get; private set; } = double.PositiveInfinity;
    public double MaxX { get; private set; } = double.NegativeInfinity;
    public double MaxY { get; private set; } = double.NegativeInfinity;

    public bool IsEmpty => MinX > MaxX;

    public double Width => IsEmpty ? 0 : MaxX - MinX;

    public double Height => IsEmpty ? 0 : MaxY - MinY;

    public void Add((double X, double Y) p)
    {
        // Absurd coordinates from a damaged file would make the whole box meaningless; they are ignored.
        if (!double.IsFinite(p.X) || !double.IsFinite(p.Y) || Math.Abs(p.X) > 1e9 || Math.Abs(p.Y) > 1e9) return;
        MinX = Math.Min(MinX, p.X);
        MinY = Math.Min(MinY, p.Y);
        MaxX = Math.Max(MaxX, p.X);
        MaxY = Math.Max(MaxY, p.Y);
    }
}
