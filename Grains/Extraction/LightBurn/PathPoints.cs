using System.Globalization;
using System.Xml.Linq;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>The vertices and Bézier control points of a LightBurn Path, in both format versions.</summary>
internal static class PathPoints
{
    /// <summary>FormatVersion 1: "V54 56c0x1c1x54c1y56V54 70…"; "c0x1"/"c1x1" without a y part mean "no control point".</summary>
    public static List<(double X, double Y)> FromVertList(string text, int maxPoints)
    {
        var points = new List<(double X, double Y)>();
        var i = 0;
        while (i < text.Length && points.Count < maxPoints)
        {
            if (text[i] == 'V')
            {
                i++;
                var x = Number(text, ref i);
                var y = Number(text, ref i);
                if (x is { } vx && y is { } vy) points.Add((vx, vy));
            }
            else if (text[i] == 'c' && i + 2 < text.Length && text[i + 2] == 'x')
            {
                i += 3;
                var x = Number(text, ref i);
                if (i + 3 < text.Length && text[i] == 'c' && text[i + 2] == 'y')
                {
                    i += 3;
                    if (Number(text, ref i) is { } cy && x is { } cx) points.Add((cx, cy));
                }
            }
            else
            {
                i++;
            }
        }

        return points;
    }

    /// <summary>FormatVersion 0: &lt;V vx vy [c0x c0y c1x c1y]/&gt; child elements.</summary>
    public static List<(double X, double Y)> FromVElements(XElement shape, int maxPoints)
    {
        var points = new List<(double X, double Y)>();
        foreach (var v in shape.Elements("V"))
        {
            if (points.Count >= maxPoints) break;
            AddPair(points, v, "vx", "vy");
            AddPair(points, v, "c0x", "c0y");
            AddPair(points, v, "c1x", "c1y");
        }

        return points;
    }

    private static void AddPair(List<(double X, double Y)> points, XElement v, string xName, string yName)
    {
        if (Parse(v.Attribute(xName)?.Value) is { } x && Parse(v.Attribute(yName)?.Value) is { } y) points.Add((x, y));
    }

    private static double? Parse(string? s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    private static double? Number(string text, ref int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        var start = i;
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] is '-' or '+' or '.' or 'e' or 'E'))
        {
            // An 'e' not followed by a digit or sign belongs to no number here; stop before it.
            if (text[i] is 'e' or 'E' && (i + 1 >= text.Length || !(char.IsDigit(text[i + 1]) || text[i + 1] is '-' or '+'))) break;
            i++;
        }

        return Parse(text[start..i]);
    }
}
