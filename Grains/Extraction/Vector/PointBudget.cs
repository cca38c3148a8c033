namespace LaserGrains.Grains.Extraction.Vector;

/// <summary>
/// Bounds the points one file may flatten into (curves become up to 360 points each), so a small file of many tiny
/// curves cannot take the silo's memory; going over refuses the file as limit_exceeded.
/// </summary>
internal sealed class PointBudget(string kind, int max = PointBudget.DefaultMax)
{
    /// <summary>4 million points, 64 MB of coordinates: far beyond any sheet a laser cuts.</summary>
    public const int DefaultMax = 4_000_000;

    private long used;

    public void Spend(int points)
    {
        used += points;
        if (used > max) throw new ExtractionFailedException("limit_exceeded", $"The {kind} draws more than {max} points of geometry.");
    }

    /// <summary>True when every coordinate is finite and within ±1e9 (a kilometre-sized part is already nonsense).</summary>
    public static bool IsSane(IReadOnlyList<(double X, double Y)> points) =>
        points.All(p => double.IsFinite(p.X) && double.IsFinite(p.Y) && Math.Abs(p.X) <= 1e9 && Math.Abs(p.Y) <= 1e9);
}
