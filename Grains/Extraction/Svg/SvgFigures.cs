using System.Xml.Linq;
using LaserGrains.Grains.Extraction.Vector;

namespace LaserGrains.Grains.Extraction.Svg;

/// <summary>Every drawn shape of an SVG as figures in millimetres, through group and element transforms and the viewBox.</summary>
internal static class SvgFigures
{
    private const double CloseTolerance = 1e-6;

    // Content here is referenced or decorative, never drawn where it stands.
    private static readonly HashSet<string> NotDrawn =
        new(["defs", "clipPath", "mask", "symbol", "pattern", "marker", "metadata", "title", "desc", "text", "style", "script"], StringComparer.Ordinal);

    private static readonly HashSet<string> Shapes = new(["path", "rect", "circle", "ellipse", "line", "polyline", "polygon"], StringComparer.Ordinal);

    public static List<Figure> Read(XElement root, Transform userToMm, int maxFigures, CancellationToken cancellationToken)
    {
        var figures = new List<Figure>();
        var budget = new PointBudget("SVG");
        var stack = new Stack<(XElement Element, Transform Parent)>();
        stack.Push((root, userToMm));
        while (stack.Count > 0)
        {
            var (e, parent) = stack.Pop();
            var name = e.Name.LocalName;
            if (NotDrawn.Contains(name) || e.Attribute("display")?.Value.Trim() == "none") continue;
            var t = name == "svg" && e == root ? parent : parent.Then(SvgTransform.Parse(e.Attribute("transform")?.Value));
            if (Shapes.Contains(name) && SvgShapes.PathData(e) is { } d)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var (points, closed) in SvgPathData.Read(d, budget, cancellationToken))
                {
                    if (ToFigure(points, closed, t) is { } figure) figures.Add(figure);
                }

                if (figures.Count > maxFigures) throw new ExtractionFailedException("limit_exceeded", $"The SVG draws more than {maxFigures} paths.");
            }

            foreach (var child in e.Elements().Reverse()) stack.Push((child, t));
        }

        return figures;
    }

    /// <summary>User units to millimetres: the viewBox mapped onto the document size, else CSS pixels.</summary>
    public static Transform UserToMm(SvgSize? size, (double MinX, double MinY, double Width, double Height)? viewBox)
    {
        if (size is { } s && viewBox is { } vb)
        {
            var (sx, sy) = (s.WidthMm / vb.Width, s.HeightMm / vb.Height);
            return new Transform(sx, 0, 0, sy, -vb.MinX * sx, -vb.MinY * sy);
        }

        return new Transform(SvgLength.MillimetresPerPixel, 0, 0, SvgLength.MillimetresPerPixel, 0, 0);
    }

    // A figure with coordinates out of range (1e308 in the file, or overflow through transforms) is left out, not summed.
    private static Figure? ToFigure(List<(double X, double Y)> points, bool closed, Transform t)
    {
        var world = points.Select(t.Apply).ToList();
        if (!PointBudget.IsSane(world)) return null;
        if (world.Count > 2 && Figure.Distance(world[0], world[^1]) <= CloseTolerance * Math.Max(1, Math.Abs(world[0].X) + Math.Abs(world[0].Y)))
        {
            world.RemoveAt(world.Count - 1);
            closed = true;
        }

        return new Figure(world, closed && world.Count > 2);
    }
}
