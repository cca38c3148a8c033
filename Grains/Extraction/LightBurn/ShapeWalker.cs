using System.Globalization;
using System.Xml.Linq;
using LaserGrains.Grains.Extraction.Common;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>Walks the Shape tree, composing XForms down Groups, counting shapes by type and growing the bounding box (mm).</summary>
internal sealed class ShapeWalker(ExtractionLimits limits, CancellationToken cancellationToken)
{
    private const int EllipseSamples = 32;

    /// <summary>Paths may borrow an earlier shape's vertices by VertID; the first list seen under an ID is kept.</summary>
    private readonly Dictionary<string, List<(double X, double Y)>> _vertLists = new(StringComparer.Ordinal);
    private int _points;

    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public Bounds Bounds { get; } = new();

    public BoundedText Text { get; } = new(20_000);

    public int ShapesWithoutGeometry { get; private set; }

    public void Walk(IEnumerable<XElement> shapes, Affine parent)
    {
        foreach (var shape in shapes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = shape.Attribute("Type")?.Value ?? "Unknown";
            Counts[type] = Counts.GetValueOrDefault(type) + 1;
            if (Counts.Values.Sum() > limits.MaxEntities)
            {
                throw new ExtractionFailedException("limit_exceeded", $"The project has more than {limits.MaxEntities} shapes.");
            }

            var transform = parent.Then(Affine.Parse(shape.Element("XForm")?.Value));
            Visit(shape, type, transform);
        }
    }

    private void Visit(XElement shape, string type, Affine transform)
    {
        switch (type)
        {
            case "Group":
                Walk(shape.Element("Children")?.Elements("Shape") ?? [], transform);
                break;
            case "Rect" or "Bitmap":
                // Rectangles and bitmaps are centred on their XForm origin.
                var w = Number(shape, "W") / 2;
                var h = Number(shape, "H") / 2;
                AddAll([(-w, -h), (w, -h), (w, h), (-w, h)], transform);
                break;
            case "Ellipse" or "Polygon":
                AddEllipse(shape, type, transform);
                break;
            case "Path":
                AddAll(PathVertices(shape), transform);
                break;
            case "Text":
                Text.AppendLine(shape.Attribute("Str")?.Value);
                var backup = shape.Element("BackupPath");
                if (backup is not null) AddAll(PathVertices(backup), transform.Then(Affine.Parse(backup.Element("XForm")?.Value)));
                else ShapesWithoutGeometry++;
                break;
            default:
                ShapesWithoutGeometry++;
                break;
        }
    }

    private void AddEllipse(XElement shape, string type, Affine transform)
    {
        var rx = Number(shape, "Rx");
        var ry = Number(shape, "Ry");
        var n = type == "Polygon" && Number(shape, "N") is >= 3 and <= 256 and var sides ? (int)sides : EllipseSamples;
        var points = new List<(double X, double Y)>(n);
        for (var k = 0; k < n; k++)
        {
            var angle = 2 * Math.PI * k / n;
            points.Add((rx * Math.Cos(angle), ry * Math.Sin(angle)));
        }

        AddAll(points, transform);
    }

    // Control points are included: a cubic Bézier lies inside its control hull, so the box can only be slightly generous.
    private List<(double X, double Y)> PathVertices(XElement shape)
    {
        var budget = Math.Max(0, limits.MaxEntities - _points);
        var id = shape.Attribute("VertID")?.Value;
        var vertList = shape.Element("VertList")?.Value;
        List<(double X, double Y)> points = vertList is not null ? PathPoints.FromVertList(vertList, budget)
            : shape.Element("V") is not null ? PathPoints.FromVElements(shape, budget)
            : id is not null && _vertLists.TryGetValue(id, out var shared) ? shared
            : [];
        if (id is not null && points.Count > 0) _vertLists.TryAdd(id, points);
        _points += points.Count;
        if (points.Count == 0) ShapesWithoutGeometry++;
        return points;
    }

    private void AddAll(IEnumerable<(double X, double Y)> points, Affine transform)
    {
        foreach (var (x, y) in points) Bounds.Add(transform.Apply(x, y));
    }

    private static double Number(XElement shape, string attribute) =>
        double.TryParse(shape.Attribute(attribute)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : 0;
}
