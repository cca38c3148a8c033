using System.Globalization;
using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>A drawing scale a title block states ("SCALE 2:1", "Scale: 1/2"): drawn size = true size × Drawn / True.</summary>
internal static partial class DrawingScale
{
    /// <summary>True millimetres per drawn millimetre, or null when the text states no usable scale.</summary>
    public static (double TruePerDrawn, string Text)? Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        var drawn = double.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var real = double.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        if (drawn <= 0 || real <= 0 || drawn / real is > 1000 or < 0.001) return null;
        return (real / drawn, $"{m.Groups["a"].Value}:{m.Groups["b"].Value}");
    }

    [GeneratedRegex(@"\bSCALE\b\s*[:=]?\s*(?<a>\d{1,4}(?:\.\d{1,3})?)\s*[:/]\s*(?<b>\d{1,4}(?:\.\d{1,3})?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
