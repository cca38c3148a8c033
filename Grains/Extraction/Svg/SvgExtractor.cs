using System.Globalization;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Vector;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Svg;

/// <summary>Reads an SVG's document size (width/height/viewBox) in mm, the geometry of its drawn shapes, its element counts and its text.</summary>
public sealed class SvgExtractor : IFileExtractor
{
    private static readonly HashSet<string> DrawingElements =
        new(["path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "image", "use", "g"], StringComparer.Ordinal);

    private const string FormatConfidence = "0.8";
    private const string HeuristicConfidence = "0.5";

    public string Name => "svg";

    public string Version => "2";

    public bool CanExtract(FileKind kind) => kind == FileKind.Svg;

    public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = InputBuffer.ReadAll(content, context.Limits, cancellationToken);
        var root = SecureXml.Load(bytes, context.Limits, "SVG", cancellationToken).Root;
        if (root is null || !root.Name.LocalName.Equals("svg", StringComparison.Ordinal))
        {
            throw new ExtractionFailedException("invalid_file", "The file is XML but its root element is not <svg>.");
        }

        var properties = new Dictionary<string, string>();
        var size = SvgSize.Read(root, properties);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new BoundedText();
        var seen = 0;
        foreach (var element in root.Descendants())
        {
            if (++seen % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            if (seen > context.Limits.MaxEntities)
            {
                throw new ExtractionFailedException("limit_exceeded", $"The SVG has more than {context.Limits.MaxEntities} elements.");
            }

            var name = element.Name.LocalName;
            if (DrawingElements.Contains(name)) counts[name] = counts.GetValueOrDefault(name) + 1;
            if (name is "title" or "desc" or "text") text.AppendLine(element.Value);
        }

        var warnings = new List<string>();
        var userToMm = SvgFigures.UserToMm(size, SvgSize.ViewBox(root.Attribute("viewBox")?.Value));
        var figures = SvgFigures.Read(root, userToMm, context.Limits.MaxEntities, cancellationToken);
        GeometrySummary? geometry = null;
        if (size is { } known)
        {
            properties["width_mm"] = Round(known.WidthMm);
            properties["height_mm"] = Round(known.HeightMm);
        }

        if (figures.Count > 0)
        {
            // Drawn shapes give the part; what is uncertain is only the unit, so confidence follows what decided it.
            var source = size?.Source ?? "heuristic";
            properties["geometry_confidence"] = source == "format" ? FormatConfidence : HeuristicConfidence;
            geometry = VectorGeometry.Summarise(figures, 1, source, counts);
            if (size is null) warnings.Add("The SVG states no usable width, height or viewBox; its shapes were measured as CSS pixels.");
        }
        else if (size is { } s)
        {
            geometry = new GeometrySummary
            {
                Units = "mm", UnitsSource = s.Source,
                BboxWidthMm = Math.Round(s.WidthMm, 3), BboxHeightMm = Math.Round(s.HeightMm, 3), EntityCounts = counts,
            };
        }
        else
        {
            warnings.Add("The SVG states no usable width, height or viewBox, so its physical size is unknown.");
        }

        return new ExtractionResult { Kind = FileKind.Svg, Geometry = geometry, Text = text.ToStringOrNull(), Properties = properties, Warnings = warnings };
    }

    private static string Round(double mm) => Math.Round(mm, 3).ToString(CultureInfo.InvariantCulture);
}
