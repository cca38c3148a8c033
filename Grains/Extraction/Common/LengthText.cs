using System.Globalization;
using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Common;

/// <summary>Turns lengths written by people ("5mm", "0.25 in", "1/4\"", "3,5 mm") into millimetres.</summary>
public static partial class LengthText
{
    public const double MillimetresPerInch = 25.4;

    /// <summary>The length in mm, or null when the text holds no plausible length; bare numbers use <paramref name="defaultUnit"/>.</summary>
    public static double? ToMillimetres(string? text, string defaultUnit = "mm")
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64) return null;
        var m = Length().Match(text.Trim());
        if (!m.Success) return null;

        double? number = m.Groups["num"].Success && m.Groups["den"].Success
            ? Fraction(m.Groups["whole"].Value, m.Groups["num"].Value, m.Groups["den"].Value)
            : ParseNumber(m.Groups["dec"].Value);
        if (number is not { } value || value <= 0 || double.IsInfinity(value)) return null;

        var unit = m.Groups["unit"].Success && m.Groups["unit"].Length > 0 ? m.Groups["unit"].Value : defaultUnit;
        return UnitFactor(unit) is { } factor ? Math.Round(value * factor, 4) : null;
    }

    /// <summary>The unit named in a column header such as "Thickness (mm)" or "Thk [in]", or null.</summary>
    public static string? UnitFromHeader(string header)
    {
        var m = HeaderUnit().Match(header);
        return m.Success && UnitFactor(m.Groups["unit"].Value) is not null ? m.Groups["unit"].Value : null;
    }

    /// <summary>Millimetres per one <paramref name="unit"/>, or null for an unknown unit.</summary>
    public static double? UnitFactor(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "mm" or "millimetre" or "millimetres" or "millimeter" or "millimeters" => 1,
        "cm" => 10,
        "m" => 1000,
        "in" or "inch" or "inches" or "\"" or "”" or "''" => MillimetresPerInch,
        _ => null,
    };

    private static double? ParseNumber(string text) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static double? Fraction(string whole, string num, string den)
    {
        var n = ParseNumber(num);
        var d = ParseNumber(den);
        if (n is null || d is not > 0) return null;
        var w = string.IsNullOrEmpty(whole) ? 0 : ParseNumber(whole) ?? 0;
        return w + (n.Value / d.Value);
    }

    // A number or a fraction (with an optional whole part, "1 1/2"), then an optional unit; nothing else after it
    // except a word such as "thick" or "plate".
    [GeneratedRegex("""^(?:(?:(?<whole>\d+)[\s-]+)?(?<num>\d+)\s*/\s*(?<den>\d+)|(?<dec>\d+(?:[.,]\d+)?|[.,]\d+))\s*(?<unit>mm|millimet(?:re|er)s?|cm|m|inch(?:es)?|in|"|”|'')?(?:\s+(?:thick|thk|plate|sheet))?\.?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Length();

    [GeneratedRegex(@"[\(\[]\s*(?<unit>mm|cm|in|inch(?:es)?|"")\s*[\)\]]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderUnit();
}
