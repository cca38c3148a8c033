using System.Globalization;
using System.Xml.Linq;

namespace LaserGrains.Grains.Extraction.Svg;

/// <summary>An SVG document's physical size and what decided it: "format" when width/height state it, "heuristic" when only the viewBox does (user units taken as px).</summary>
internal sealed record SvgSize(double WidthMm, double HeightMm, string Source)
{
    /// <summary>Reads width, height and viewBox into <paramref name="properties"/> and decides the size.</summary>
    public static SvgSize? Read(XElement root, IDictionary<string, string> properties)
    {
        var width = root.Attribute("width")?.Value.Trim();
        var height = root.Attribute("height")?.Value.Trim();
        var viewBox = ViewBox(root.Attribute("viewBox")?.Value);
        if (!string.IsNullOrEmpty(width)) properties["width"] = width;
        if (!string.IsNullOrEmpty(height)) properties["height"] = height;
        if (viewBox is { } vb) properties["viewbox"] = string.Create(CultureInfo.InvariantCulture, $"{vb.MinX} {vb.MinY} {vb.Width} {vb.Height}");

        var w = SvgLength.ToMillimetres(width);
        var h = SvgLength.ToMillimetres(height);
        // One side given: the other follows from the viewBox's aspect ratio, as a browser would draw it.
        if (w is { } ow && h is null && viewBox is { } v1) h = ow * v1.Height / v1.Width;
        if (h is { } oh && w is null && viewBox is { } v2) w = oh * v2.Width / v2.Height;
        if (w is { } sw && h is { } sh) return new SvgSize(sw, sh, "format");

        return viewBox is { } only
            ? new SvgSize(only.Width * SvgLength.MillimetresPerPixel, only.Height * SvgLength.MillimetresPerPixel, "heuristic")
            : null;
    }

    internal static (double MinX, double MinY, double Width, double Height)? ViewBox(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4) return null;
        var v = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i])) return null;
        }

        return v[2] > 0 && v[3] > 0 ? (v[0], v[1], v[2], v[3]) : null;
    }
}
