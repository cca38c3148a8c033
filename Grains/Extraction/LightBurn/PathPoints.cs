using System.Globalization;
using System.Xml.Linq;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>The vertices (with Bézier handles) and primitives of a LightBurn Path, in both format versions.</summary>
internal static class PathPoints
{
    /// <summary>FormatVersion 1: "V54 56c0x1c1x54c1y56V54 70…"; "c0x1"/"c1x1" without a y part mean "no handle".</summary>
    public static List<PathVertex> FromVertList(string text, int maxPoints)
    {
        var vertices = new List<PathVertex>();
        (double X, double Y)? p = null;
        double?[] c = new double?[4];
        void Flush()
        {
            if (p is { } v) vertices.Add(new PathVertex(v, Pair(c[0], c[1]), Pair(c[2], c[3])));
            p = null;
            Array.Clear(c);
        }

        var i = 0;
        while (i < text.Length && vertices.Count < maxPoints)
        {
            if (text[i] == 'V')
            {
                Flush();
                i++;
                var x = Number(text, ref i);
                var y = Number(text, ref i);
                if (x is { } vx && y is { } vy) p = (vx, vy);
            }
            else if (text[i] == 'c' && i + 2 < text.Length && text[i + 1] is '0' or '1' && text[i + 2] is 'x' or 'y')
            {
                var slot = ((text[i + 1] - '0') * 2) + (text[i + 2] == 'y' ? 1 : 0);
                i += 3;
                c[slot] = Number(text, ref i);
            }
            else
            {
                i++;
            }
        }

        Flush();
        return vertices;
    }

    /// <summary>FormatVersion 0: &lt;V vx vy [c0x c0y c1x c1y]/&gt; child elements.</summary>
    public static List<PathVertex> FromVElements(XElement shape, int maxPoints)
    {
        var vertices = new List<PathVertex>();
        foreach (var v in shape.Elements("V"))
        {
            if (vertices.Count >= maxPoints) break;
            if (Pair(v, "vx", "vy") is not { } p) continue;
            vertices.Add(new PathVertex(p, Pair(v, "c0x", "c0y"), Pair(v, "c1x", "c1y")));
        }

        return vertices;
    }

    /// <summary>FormatVersion 1 PrimList ("L0 1L1 2B2 3", or "LineClosed" for a closed polyline); FormatVersion 0 &lt;P T p0 p1/&gt;.</summary>
    public static List<PathPrim> Prims(XElement shape, int vertexCount)
    {
        var prims = new List<PathPrim>();
        if (shape.Element("PrimList")?.Value is { } list)
        {
            var t = list.Trim();
            if (t.StartsWith("Line", StringComparison.Ordinal) && !t.Contains(' ', StringComparison.Ordinal))
            {
                for (var k = 0; k + 1 < vertexCount; k++) prims.Add(new PathPrim(false, k, k + 1));
                if (t.Contains("Closed", StringComparison.Ordinal) && vertexCount > 2) prims.Add(new PathPrim(false, vertexCount - 1, 0));
                return prims;
            }

            var i = 0;
            while (i < t.Length)
            {
                var kind = t[i++];
                if (kind is not ('L' or 'B')) continue;
                if (Number(t, ref i) is { } a && Number(t, ref i) is { } b) prims.Add(new PathPrim(kind == 'B', (int)a, (int)b));
            }

            return prims;
        }

        foreach (var p in shape.Elements("P"))
        {
            if (int.TryParse(p.Attribute("p0")?.Value, out var a) && int.TryParse(p.Attribute("p1")?.Value, out var b))
                prims.Add(new PathPrim(p.Attribute("T")?.Value == "B", a, b));
        }

        return prims;
    }

    private static (double X, double Y)? Pair(double? x, double? y) => x is { } a && y is { } b ? (a, b) : null;

    private static (double X, double Y)? Pair(XElement v, string xName, string yName) =>
        Pair(Parse(v.Attribute(xName)?.Value), Parse(v.Attribute(yName)?.Value));

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
