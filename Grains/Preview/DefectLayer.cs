using System.Text;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Preview;

/// <summary>Writes the defects above the drawing: a shape per code, a numbered badge matching the defect list, a tooltip.</summary>
internal static class DefectLayer
{
    /// <summary>Marker shapes are drawn in screen-like units and scaled by <paramref name="unit"/> (mm per unit); the viewer rescales them on zoom.</summary>
    public static void Write(
        StringBuilder sb, IReadOnlyList<Defect> defects, double unit, PreviewOptions options, (double X, double Y) sheetCorner, Action<StringBuilder> doubled)
    {
        sb.Append("<g class=\"defects\">");
        doubled(sb);
        for (var i = 0; i < defects.Count; i++)
        {
            var d = defects[i];
            if (d.Code == "exceeds_sheet") Sheet(sb, options, sheetCorner);
            if (d.X is not { } x || d.Y is not { } y) continue;
            var n = i + 1;
            sb.Append("<g class=\"defect ").Append(Css(d.Code)).Append("\" data-defect=\"").Append(n)
                .Append("\" data-x=\"").Append(SvgText.Num(x)).Append("\" data-y=\"").Append(SvgText.Num(-y))
                .Append("\" transform=\"translate(").Append(SvgText.Num(x)).Append(' ').Append(SvgText.Num(-y))
                .Append(") scale(").Append(unit.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)).Append(")\"><title>")
                .Append(n).Append(". ");
            SvgText.Escape(sb, d.Message);
            sb.Append("</title>").Append(Shape(d.Code))
                .Append("<g class=\"badge\" transform=\"translate(11 -11)\"><circle r=\"7\"/><text y=\"3.2\">").Append(n).Append("</text></g></g>");
        }

        sb.Append("</g>");
    }

    /// <summary>Codes are ours (fixed words), but a class name is still built only from letters and underscores.</summary>
    private static string Css(string code) => new([.. code.Where(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_')]);

    private static string Shape(string code) => code switch
    {
        "open_contour" => "<circle class=\"mark\" r=\"6\"/>",
        // The doubled contour itself is redrawn thick at the bottom of this layer; the marker only anchors the number.
        "duplicate_geometry" => "<circle class=\"mark anchor\" r=\"2.5\"/>",
        "text_not_outlined" => "<rect class=\"mark dashed\" x=\"-8\" y=\"-8\" width=\"16\" height=\"16\"/>",
        "hole_smaller_than_thickness" => "<circle class=\"mark\" r=\"10\"/>",
        // The dashed sheet outline is the marker; the number sits where the drawing leaves the sheet.
        "exceeds_sheet" => "",
        _ => "<path class=\"mark\" d=\"M-6 -6L6 6M6 -6L-6 6\"/>",
    };

    private static void Sheet(StringBuilder sb, PreviewOptions o, (double X, double Y) corner)
    {
        sb.Append("<rect class=\"sheet dashed\" x=\"").Append(SvgText.Num(corner.X)).Append("\" y=\"").Append(SvgText.Num(-corner.Y - o.SheetHeightMm))
            .Append("\" width=\"").Append(SvgText.Num(o.SheetWidthMm)).Append("\" height=\"").Append(SvgText.Num(o.SheetHeightMm)).Append("\"/>");
    }
}
