using System.Globalization;
using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Reads a quantity cell as people fill it: "4", "4.0", "4 off", "x4", "4x", "4 pcs", "4 Stk", "4件".</summary>
internal static partial class QuantityCell
{
    /// <summary>The whole number the cell holds (0 included, so empty separator rows can be told apart), or null.</summary>
    public static int? Parse(string? text)
    {
        if (text is null) return null;
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        return double.TryParse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var q)
            && q >= 0 && q <= int.MaxValue && Math.Abs(q - Math.Round(q)) < 1e-9
            ? (int)Math.Round(q)
            : null;
    }

    [GeneratedRegex(@"^(?:[x×]\s*)?(?<n>\d{1,9}(?:[.,]0+)?)\s*(?:[x×]|off|pcs?|pieces?|no|nos|ea|each|units?|stk|stück|st|pz|pzs|pezzi|uds|unidades|piezas|pièces|件|个|個|片|块|支|根|套)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
