using System.Globalization;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>Cutting defects of a LightBurn project, worded and capped as for DXF, positions in project millimetres.</summary>
internal static class LightBurnDefects
{
    private const int MaxPerCode = 50;

    public static List<Defect> Find(ShapeWalker walker, ISet<int> cutLayers, IReadOnlyDictionary<int, string?> names)
    {
        var list = new List<Defect>();
        string Layer(int i) => names.GetValueOrDefault(i) ?? $"C{i:00}";
        var cut = walker.Contours.Where(c => cutLayers.Contains(c.Layer)).ToList();
        Add(list, "open_contour", cut.Where(c => !c.Closed).Select(c =>
            (Invariant($"Open contour: a path ends at ({c.Points[^1].X:0.###}, {c.Points[^1].Y:0.###}) mm without meeting another."), c.Points[^1], Layer(c.Layer))));
        Add(list, "duplicate_geometry", Duplicates(cut).Select(c =>
            (Invariant($"Duplicate geometry: a curve of length {c.Length:0.###} mm is drawn twice; it would be cut twice."), c.Points[0], Layer(c.Layer))));
        Add(list, "text_not_outlined", walker.LiveTexts.Select(t =>
            ($"Text \"{Short(t.Text)}\" is live text without an outline (no backup path) and will not be cut as drawn.", (t.X, t.Y), Layer(t.Layer))));
        return list;
    }

    private static IEnumerable<Contour> Duplicates(List<Contour> contours) => DuplicateIndexes(contours).Select(i => contours[i]);

    /// <summary>
    /// Two contours with the same length and the same box lie on top of each other: the laser would cut the line twice.
    /// Yields the index of every repeat (the first of each kind is not one); the preview marks the same contours.
    /// </summary>
    public static IEnumerable<int> DuplicateIndexes(IReadOnlyList<Contour> contours)
    {
        var seen = new HashSet<(long, long, long, long, long)>();
        for (var i = 0; i < contours.Count; i++)
        {
            var c = contours[i];
            var key = (Q(c.Length), Q(c.Points.Min(p => p.X)), Q(c.Points.Min(p => p.Y)), Q(c.Points.Max(p => p.X)), Q(c.Points.Max(p => p.Y)));
            if (!seen.Add(key)) yield return i;
        }
    }

    private static long Q(double v) => (long)Math.Round(v * 100);

    private static void Add(List<Defect> list, string code, IEnumerable<(string Message, (double X, double Y) At, string Layer)> items)
    {
        var count = 0;
        foreach (var (message, at, layer) in items)
        {
            if (++count <= MaxPerCode) list.Add(new Defect(code, message, Math.Round(at.X, 3), Math.Round(at.Y, 3), layer));
        }

        if (count > MaxPerCode) list.Add(new Defect(code, $"… and {count - MaxPerCode} more of the same kind ({count} in all)."));
    }

    private static string Short(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 40), "…");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
