using System.Globalization;
using System.Xml.Linq;

namespace LaserGrains.Grains.Extraction.Svg;

/// <summary>Basic shapes (rect with rounded corners, circle, ellipse, line, polyline, polygon) as the path data they equal.</summary>
internal static class SvgShapes
{
    public static string? PathData(XElement e)
    {
        double A(string name, double fallback = 0) => SvgNumbers.Attribute(e.Attribute(name)?.Value, fallback);
        switch (e.Name.LocalName)
        {
            case "path":
                return e.Attribute("d")?.Value;
            case "rect":
                var (x, y, w, h) = (A("x"), A("y"), A("width"), A("height"));
                if (w <= 0 || h <= 0) return null;
                var rx = e.Attribute("rx") is null ? A("ry") : A("rx");
                var ry = e.Attribute("ry") is null ? rx : A("ry");
                (rx, ry) = (Math.Clamp(rx, 0, w / 2), Math.Clamp(ry, 0, h / 2));
                return rx == 0 || ry == 0
                    ? F($"M{x} {y}H{x + w}V{y + h}H{x}Z")
                    : F($"M{x + rx} {y}H{x + w - rx}A{rx} {ry} 0 0 1 {x + w} {y + ry}V{y + h - ry}A{rx} {ry} 0 0 1 {x + w - rx} {y + h}H{x + rx}A{rx} {ry} 0 0 1 {x} {y + h - ry}V{y + ry}A{rx} {ry} 0 0 1 {x + rx} {y}Z");
            case "circle":
                return Ellipse(A("cx"), A("cy"), A("r"), A("r"));
            case "ellipse":
                return Ellipse(A("cx"), A("cy"), A("rx"), A("ry"));
            case "line":
                return F($"M{A("x1")} {A("y1")}L{A("x2")} {A("y2")}");
            case "polyline" or "polygon":
                var n = SvgNumbers.Read(e.Attribute("points")?.Value ?? "");
                if (n.Count < 4) return null;
                var d = "M" + string.Join(' ', n.Take(n.Count & ~1).Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
                return e.Name.LocalName == "polygon" ? d + "Z" : d;
            default:
                return null;
        }
    }

    private static string? Ellipse(double cx, double cy, double rx, double ry) =>
        rx <= 0 || ry <= 0 ? null : F($"M{cx + rx} {cy}A{rx} {ry} 0 1 1 {cx - rx} {cy}A{rx} {ry} 0 1 1 {cx + rx} {cy}Z");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
