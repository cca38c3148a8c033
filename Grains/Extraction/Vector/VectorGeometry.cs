using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Vector;

/// <summary>The geometry summary of a vector drawing's part figures, scaled to millimetres.</summary>
internal static class VectorGeometry
{
    /// <summary>Every figure is one contour and one pierce; lengths and the box are multiplied by <paramref name="mmPerUnit"/>.</summary>
    public static GeometrySummary Summarise(IReadOnlyList<Figure> figures, double mmPerUnit, string unitsSource, IReadOnlyDictionary<string, int> counts)
    {
        var box = figures.Aggregate(Box.Empty, (b, f) => b.Union(f.Bounds));
        return new GeometrySummary
        {
            Units = "mm",
            UnitsSource = unitsSource,
            BboxWidthMm = Math.Round(box.Width * mmPerUnit, 3),
            BboxHeightMm = Math.Round(box.Height * mmPerUnit, 3),
            BboxMinXMm = box.IsEmpty ? 0 : Math.Round(box.MinX * mmPerUnit, 3),
            BboxMinYMm = box.IsEmpty ? 0 : Math.Round(box.MinY * mmPerUnit, 3),
            CutLengthMm = Math.Round(figures.Sum(f => f.Length) * mmPerUnit, 3),
            ClosedContours = figures.Count(f => f.Closed),
            OpenContours = figures.Count(f => !f.Closed),
            Pierces = figures.Count,
            EntityCounts = counts,
        };
    }
}
