using LaserGrains.Grains.Extraction.Vector;

namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>
/// Separates the part from the sheet around it on a PDF drawing page. Rules, in order (docs/METADATA.md):
/// a figure drawn twice (fill then stroke) counts once; a closed figure spanning 80 % of the page both ways is a frame;
/// rectangles holding a title-block label, and everything inside them, are the title block; a lone straight segment
/// shorter than 2 % of the page's short side whose ends touch no other figure is a tick; and once closed figures
/// remain, open figures outside their box are annotations (dimension, leader and ruler lines).
/// </summary>
internal static class DrawingFilter
{
    private const double FrameShare = 0.8;
    private const double TickShare = 0.02;
    private const double Touch = 0.05;

    public static (List<Figure> Part, Dictionary<string, int> Dropped) Apply(
        List<Figure> figures, double pageWidth, double pageHeight, IReadOnlyList<(double X, double Y)> titleLabels)
    {
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = Distinct(figures, dropped);
        kept = Drop(kept, dropped, "frame", f => f.Closed && f.Bounds.Width >= FrameShare * pageWidth && f.Bounds.Height >= FrameShare * pageHeight);

        var titleBlock = kept.Where(f => IsRectangle(f) && titleLabels.Any(p => f.Bounds.Contains(p.X, p.Y))).Select(f => f.Bounds).ToList();
        kept = Drop(kept, dropped, "title_block", f => titleBlock.Any(b => b.Contains(f.Bounds, Touch)));

        var ends = EndGrid(kept);
        var tickLength = TickShare * Math.Min(pageWidth, pageHeight);
        kept = Drop(kept, dropped, "tick", f => f.Points.Count == 2 && !f.Closed && f.Length < tickLength
            && ends.Count(Key(f.Points[0])) <= 1 && ends.Count(Key(f.Points[1])) <= 1);

        var closed = kept.Where(f => f.Closed).Aggregate(Box.Empty, (b, f) => b.Union(f.Bounds));
        var slack = 0.01 * Math.Max(closed.Width, closed.Height);
        if (!closed.IsEmpty) kept = Drop(kept, dropped, "annotation", f => !f.Closed && !closed.Contains(f.Bounds, slack));
        return (kept, dropped);
    }

    private static List<Figure> Distinct(List<Figure> figures, Dictionary<string, int> dropped)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Drop(figures, dropped, "duplicate", f => !seen.Add(Signature(f)));
    }

    private static List<Figure> Drop(List<Figure> figures, Dictionary<string, int> dropped, string rule, Func<Figure, bool> isNotPart)
    {
        var kept = new List<Figure>(figures.Count);
        foreach (var f in figures)
        {
            if (isNotPart(f)) dropped[rule] = dropped.GetValueOrDefault(rule) + 1;
            else kept.Add(f);
        }

        return kept;
    }

    private static bool IsRectangle(Figure f) =>
        f.Closed && f.Points.Count == 4 && f.Points.All(p => Near(p.X, f.Bounds.MinX) || Near(p.X, f.Bounds.MaxX))
        && f.Points.All(p => Near(p.Y, f.Bounds.MinY) || Near(p.Y, f.Bounds.MaxY));

    private static bool Near(double a, double b) => Math.Abs(a - b) <= Touch;

    // Every endpoint of an open figure and every vertex of a closed one, snapped to a grid of the touch tolerance.
    private static EndCounts EndGrid(List<Figure> figures)
    {
        var counts = new EndCounts();
        foreach (var f in figures)
        {
            if (f.Closed) foreach (var p in f.Points) counts.Add(Key(p));
            else
            {
                counts.Add(Key(f.Points[0]));
                counts.Add(Key(f.Points[^1]));
            }
        }

        return counts;
    }

    private static (long, long) Key((double X, double Y) p) => ((long)Math.Round(p.X / Touch), (long)Math.Round(p.Y / Touch));

    private static string Signature(Figure f) =>
        string.Join(';', f.Points.Select(p => Key(p))) + (f.Closed ? "z" : "");

    private sealed class EndCounts
    {
        private readonly Dictionary<(long, long), int> counts = [];

        public void Add((long, long) key) => counts[key] = counts.GetValueOrDefault(key) + 1;

        // Neighbouring cells too, so two ends a hair apart across a cell border still touch.
        public int Count((long X, long Y) key)
        {
            var n = 0;
            for (var dx = -1; dx <= 1; dx++)
            {
                for (var dy = -1; dy <= 1; dy++) n += counts.GetValueOrDefault((key.X + dx, key.Y + dy));
            }

            return n;
        }
    }
}
