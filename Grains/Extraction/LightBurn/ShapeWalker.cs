using System.Globalization;
using System.Xml.Linq;
using LaserGrains.Grains.Extraction.Common;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>
/// Walks the Shape tree, composing XForms down Groups, counting shapes by type, and turning every vector shape into
/// contours in project millimetres; the bounding box grows from the flattened curves, never from Bézier handles.
/// </summary>
internal sealed class ShapeWalker(ExtractionLimits limits, CancellationToken cancellationToken)
{
    /// <summary>Paths may borrow an earlier shape's vertices (VertID) and primitives (PrimID); the first seen is kept.</summary>
    private readonly Dictionary<string, List<PathVertex>> _vertLists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PathPrim>> _primLists = new(StringComparer.Ordinal);
    private int _points;
    private int _shapes;

    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public Bounds Bounds { get; } = new();

    public BoundedText Text { get; } = new(20_000);

    public List<Contour> Contours { get; } = [];

    /// <summary>Live texts with no outline: string, layer and where they sit.</summary>
    public List<(string Text, int Layer, double X, double Y)> LiveTexts { get; } = [];

    public int ShapesWithoutGeometry { get; private set; }

    public void Walk(IEnumerable<XElement> shapes, Affine parent)
    {
        foreach (var shape in shapes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = shape.Attribute("Type")?.Value ?? "Unknown";
            Counts[type] = Counts.GetValueOrDefault(type) + 1;
            if (++_shapes > limits.MaxEntities)
            {
                throw new ExtractionFailedException("limit_exceeded", $"The project has more than {limits.MaxEntities} shapes.");
            }

            var transform = parent.Then(Affine.Parse(shape.Element("XForm")?.Value));
            Visit(shape, type, transform);
        }
    }

    private void Visit(XElement shape, string type, Affine transform)
    {
        var layer = Layer(shape);
        switch (type)
        {
            case "Group":
                Walk(shape.Element("Children")?.Elements("Shape") ?? [], transform);
                break;
            case "Rect":
                Add(layer, ShapeOutlines.Rect(Number(shape, "W"), Number(shape, "H"), Number(shape, "Cr"), transform), closed: true);
                break;
            case "Bitmap":
                // A bitmap is engraved, not cut: it takes space on the bed but draws no contour.
                foreach (var p in ShapeOutlines.Rect(Number(shape, "W"), Number(shape, "H"), 0, transform)) Bounds.Add(p);
                break;
            case "Ellipse":
                Add(layer, ShapeOutlines.Ellipse(Number(shape, "Rx"), Number(shape, "Ry"), null, transform), closed: true);
                break;
            case "Polygon":
                var sides = Number(shape, "N");
                Add(layer, ShapeOutlines.Ellipse(Number(shape, "Rx"), Number(shape, "Ry"), sides is >= 3 and <= 4096 ? (int)sides : null, transform), closed: true);
                break;
            case "Path":
                AddPath(shape, layer, transform);
                break;
            case "Text":
                VisitText(shape, layer, transform);
                break;
            default:
                ShapesWithoutGeometry++;
                break;
        }
    }

    // A Text's backup path carries its own XForm that already includes the groups' and the text's: it is used alone.
    private void VisitText(XElement shape, int layer, Affine transform)
    {
        var str = shape.Attribute("Str")?.Value ?? "";
        Text.AppendLine(str);
        if (shape.Element("BackupPath") is { } backup)
        {
            var own = backup.Element("XForm")?.Value;
            AddPath(backup, backup.Attribute("CutIndex") is null ? layer : Layer(backup), own is null ? transform : Affine.Parse(own));
            return;
        }

        var origin = transform.Apply(0, 0);
        LiveTexts.Add((str, layer, origin.X, origin.Y));
        ShapesWithoutGeometry++;
    }

    private void AddPath(XElement shape, int layer, Affine transform)
    {
        var budget = Math.Max(0, limits.MaxEntities - _points);
        var vertId = shape.Attribute("VertID")?.Value;
        var primId = shape.Attribute("PrimID")?.Value;
        var vertList = shape.Element("VertList")?.Value;
        List<PathVertex> vertices = vertList is not null ? PathPoints.FromVertList(vertList, budget)
            : shape.Element("V") is not null ? PathPoints.FromVElements(shape, budget)
            : vertId is not null && _vertLists.TryGetValue(vertId, out var shared) ? shared
            : [];
        if (vertId is not null && vertices.Count > 0) _vertLists.TryAdd(vertId, vertices);
        var prims = shape.Element("PrimList") is not null || shape.Element("P") is not null ? PathPoints.Prims(shape, vertices.Count)
            : primId is not null && _primLists.TryGetValue(primId, out var sharedPrims) ? sharedPrims
            : [];
        if (primId is not null && prims.Count > 0) _primLists.TryAdd(primId, prims);
        _points += vertices.Count;
        if (vertices.Count == 0)
        {
            ShapesWithoutGeometry++;
            return;
        }

        var world = vertices.Select(v => v.Transform(transform)).ToList();
        // A path without primitives is its vertices joined by lines.
        if (prims.Count == 0) prims = [.. Enumerable.Range(0, world.Count - 1).Select(k => new PathPrim(false, k, k + 1))];
        foreach (var (points, closed) in PathContours.Build(world, prims)) Add(layer, points, closed);
        if (world.Count == 1) Bounds.Add(world[0].P);
    }

    private void Add(int layer, List<(double X, double Y)> points, bool closed)
    {
        _points += points.Count;
        if (_points > limits.MaxEntities * 16L)
        {
            throw new ExtractionFailedException("limit_exceeded", $"The project's curves have more than {limits.MaxEntities * 16L} points.");
        }

        // Absurd coordinates from a damaged file would make lengths and the box meaningless: such a curve is left out.
        if (points.Any(p => !double.IsFinite(p.X) || !double.IsFinite(p.Y) || Math.Abs(p.X) > 1e9 || Math.Abs(p.Y) > 1e9))
        {
            ShapesWithoutGeometry++;
            return;
        }

        foreach (var p in points) Bounds.Add(p);
        if (points.Count >= 2) Contours.Add(new Contour(layer, points, closed));
    }

    private static int Layer(XElement shape) =>
        int.TryParse(shape.Attribute("CutIndex")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : 0;

    private static double Number(XElement shape, string attribute) =>
        double.TryParse(shape.Attribute(attribute)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : 0;
}
