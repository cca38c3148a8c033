using System.Globalization;
using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Svg;

/// <summary>Numbers in SVG attribute syntax: separated by spaces or commas, or by nothing before a sign or second dot ("1-2.5.5").</summary>
internal static partial class SvgNumbers
{
    public static List<double> Read(string text)
    {
        var list = new List<double>();
        foreach (Match m in Number().Matches(text))
        {
            if (double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) list.Add(v);
        }

        return list;
    }

    /// <summary>One attribute as a number, or <paramref name="fallback"/> when absent or unreadable.</summary>
    public static double Attribute(string? text, double fallback = 0) =>
        text is not null && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : fallback;

    [GeneratedRegex(@"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", RegexOptions.CultureInvariant)]
    public static partial Regex Number();
}
