using System.Text.RegularExpressions;
using LaserGrains.Grains.Extraction.Vector;

namespace LaserGrains.Grains.Extraction.Svg;

/// <summary>Parses an SVG transform list (matrix, translate, scale, rotate, skewX, skewY); an unreadable list is the identity.</summary>
internal static partial class SvgTransform
{
    public static Transform Parse(string? text)
    {
        var t = Transform.Identity;
        if (string.IsNullOrWhiteSpace(text)) return t;
        foreach (Match m in Item().Matches(text))
        {
            var n = SvgNumbers.Read(m.Groups["args"].Value);
            Transform? item = (m.Groups["name"].Value, n.Count) switch
            {
                ("matrix", 6) => new Transform(n[0], n[1], n[2], n[3], n[4], n[5]),
                ("translate", 1) => new Transform(1, 0, 0, 1, n[0], 0),
                ("translate", 2) => new Transform(1, 0, 0, 1, n[0], n[1]),
                ("scale", 1) => new Transform(n[0], 0, 0, n[0], 0, 0),
                ("scale", 2) => new Transform(n[0], 0, 0, n[1], 0, 0),
                ("rotate", 1) => Rotate(n[0], 0, 0),
                ("rotate", 3) => Rotate(n[0], n[1], n[2]),
                ("skewX", 1) => new Transform(1, 0, Math.Tan(n[0] * Math.PI / 180), 1, 0, 0),
                ("skewY", 1) => new Transform(1, Math.Tan(n[0] * Math.PI / 180), 0, 1, 0, 0),
                _ => null,
            };
            if (item is null) return Transform.Identity;
            t = t.Then(item.Value);
        }

        return t;
    }

    private static Transform Rotate(double degrees, double cx, double cy)
    {
        var (s, c) = Math.SinCos(degrees * Math.PI / 180);
        var r = new Transform(c, s, -s, c, 0, 0);
        return new Transform(1, 0, 0, 1, cx, cy).Then(r).Then(new Transform(1, 0, 0, 1, -cx, -cy));
    }

    [GeneratedRegex(@"(?<name>matrix|translate|scale|rotate|skewX|skewY)\s*\((?<args>[^)]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
