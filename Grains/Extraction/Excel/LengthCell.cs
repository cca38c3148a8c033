using System.Globalization;
using System.Text.RegularExpressions;
using LaserGrains.Grains.Extraction.Common;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Reads length cells of cut lists: "1200", "47 1/4\"", a range "24-36" (the longer end), or "4 at 12 in".</summary>
internal static partial class LengthCell
{
    /// <summary>Millimetres, or null; a range gives its longer end, since that is the stock that must be cut.</summary>
    public static double? Millimetres(string? text, string unit)
    {
        if (text is null) return null;
        if (LengthText.ToMillimetres(text, unit) is { } mm) return mm;
        if (CountAt(text) is { } at) return at.LengthMm;
        var range = Range().Match(text.Trim());
        if (!range.Success) return null;
        var cellUnit = range.Groups["unit"].Success ? range.Groups["unit"].Value : unit;
        var a = LengthText.ToMillimetres(range.Groups["a"].Value, cellUnit);
        var b = LengthText.ToMillimetres(range.Groups["b"].Value, cellUnit);
        return a is { } x && b is { } y ? Math.Max(x, y) : null;
    }

    /// <summary>"4 at 12 inches", "4 @ 300mm", "4 x 1200": a count and a length, or null.</summary>
    public static (int Count, double LengthMm)? CountAt(string? text, string unit = "mm")
    {
        if (text is null) return null;
        var m = At().Match(text.Trim());
        if (!m.Success || !int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        var length = LengthText.ToMillimetres(m.Groups["len"].Value + (m.Groups["unit"].Success ? m.Groups["unit"].Value : ""), unit);
        return length is { } mm ? (n, mm) : null;
    }

    [GeneratedRegex(@"^(?<n>\d{1,6})\s*(?:pcs?|pieces?|off)?\s*(?:@|at|à|a|zu|x|×)\s*(?<len>\d+(?:[.,]\d+)?(?:\s+\d+/\d+)?|\d+/\d+)\s*(?<unit>mm|cm|inch(?:es)?|in|""|'')?\s*(?:long|each|ea)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex At();

    [GeneratedRegex(@"^(?<a>\d+(?:[.,]\d+)?(?:\s+\d+/\d+)?)\s*(?:-|–|to|bis|à|a)\s*(?<b>\d+(?:[.,]\d+)?(?:\s+\d+/\d+)?)\s*(?<unit>mm|cm|inch(?:es)?|in|""|'')?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();
}
