using System.Globalization;
using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Svg;

/// <summary>SVG/CSS absolute lengths in millimetres; a bare number is CSS pixels (1/96 in).</summary>
public static partial class SvgLength
{
    public const double MillimetresPerPixel = 25.4 / 96;

    /// <summary>The length in mm, or null for relative units (%, em, ex) and anything unreadable.</summary>
    public static double? ToMillimetres(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Length().Match(text);
        if (!m.Success || !double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return null;
        double? factor = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "" or "px" => MillimetresPerPixel,
            "mm" => 1,
            "cm" => 10,
            "q" => 0.25,
            "in" => 25.4,
            "pt" => 25.4 / 72,
            "pc" => 25.4 / 6,
            _ => null,
        };
        return factor is { } f && double.IsFinite(n * f) && n > 0 ? n * f : null;
    }

    /// <summary>True when the length carries an explicit absolute unit (anything but a bare number or px).</summary>
    public static bool HasPhysicalUnit(string? text) =>
        text is not null && Length().Match(text) is { Success: true } m && m.Groups["unit"].Value.Length > 0
        && !m.Groups["unit"].Value.Equals("px", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*(?<n>[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?<unit>[a-zA-Z%]*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Length();
}
