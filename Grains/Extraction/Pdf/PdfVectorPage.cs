using System.Globalization;
using System.Text.RegularExpressions;
using LaserGrains.Grains.Extraction.Vector;
using LaserGrains.Grains.Interfaces.Files;
using UglyToad.PdfPig.Content;

namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>Geometry of the part drawn on a PDF page, when the page is a vector drawing; null when nothing of a part is drawn.</summary>
internal static partial class PdfVectorPage
{
    /// <summary>Below DXF (exact): a PDF is a picture of a part, and its scale is assumed or read from text.</summary>
    public const double PageScaleConfidence = 0.6;

    public const double StatedScaleConfidence = 0.7;

    private const double MillimetresPerPoint = 25.4 / 72;

    public static GeometrySummary? Read(Page page, string? pageText, int maxFigures, IDictionary<string, string> properties, CancellationToken cancellationToken)
    {
        var figures = PdfFigures.Read(page, maxFigures, cancellationToken);
        if (figures.Count == 0) return null;
        var labels = page.GetWords().Where(w => TitleLabel().IsMatch(w.Text))
            .Select(w => (w.BoundingBox.Centroid.X, w.BoundingBox.Centroid.Y)).ToList();
        var (part, dropped) = DrawingFilter.Apply(figures, page.Width, page.Height, labels);
        if (dropped.Count > 0) properties["pdf_paths_dropped"] = string.Join(',', dropped.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}:{d.Value}"));
        if (part.Count == 0) return null;

        var scale = DrawingScale.Find(pageText);
        properties["geometry_scale"] = scale?.Text ?? "1:1";
        properties["geometry_confidence"] = (scale is null ? PageScaleConfidence : StatedScaleConfidence).ToString(CultureInfo.InvariantCulture);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["path"] = part.Count };
        return VectorGeometry.Summarise(part, MillimetresPerPoint * (scale?.TruePerDrawn ?? 1), scale is null ? "page" : "scale", counts);
    }

    [GeneratedRegex(@"^(?:SCALE|TITLE|MATERIAL|MATL|DRAWING|DWG|DRAWN|CHECKED|APPROVED|REV|REVISION|DATE|SHEET|QTY|QUANTITY|FINISH|THICKNESS)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLabel();
}
