using System.Globalization;
using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Reads thickness text ("5mm", "1,5 mm", "0.25in", "3/16\"", "16ga") and normalises it to millimetres.</summary>
public static partial class Thickness
{
    /// <summary>Thicker than this is a length or a width in a file name, not a sheet a laser cuts.</summary>
    public const double MaxMm = 50;

    private const decimal MmPerInch = 25.4m;

    /// <summary>Millimetres when <paramref name="text"/> is exactly one thickness, else null (gauges give null too).</summary>
    public static double? ParseMm(string text)
    {
        var trimmed = text.Trim();
        var all = FindAll(trimmed);
        return all.Count == 1 && all[0].Index == 0 && all[0].Length == trimmed.Length ? all[0].Mm : null;
    }

    /// <summary>Every thickness written in <paramref name="text"/>, in text order, ambiguous ones left out.</summary>
    public static IReadOnlyList<ThicknessMatch> FindAll(string text)
    {
        var found = new List<ThicknessMatch>();
        foreach (Match m in Pattern().Matches(text))
        {
            var mm = ToMm(m);
            if (mm is null && !m.Groups["gauge"].Success) continue;
            var unit = m.Groups["gauge"].Success ? ThicknessUnit.Gauge : m.Groups["mm"].Success ? ThicknessUnit.Millimetre : ThicknessUnit.Inch;
            found.Add(new ThicknessMatch(mm, unit, m.Index, m.Length));
        }

        return found;
    }

    /// <summary>Millimetres as a stored name writes them: up to three decimals, '_' for the decimal point (1.5 → "1_5").</summary>
    public static string Format(double mm) =>
        Math.Round(mm, 3).ToString("0.###", CultureInfo.InvariantCulture).Replace('.', '_');

    private static double? ToMm(Match m)
    {
        // Decimal arithmetic so 3/16" is exactly 4.7625 mm before rounding, not 4.76249999.
        decimal? mm = null;
        if (m.Groups["mm"].Success) mm = Decimal(m.Groups["mm"].Value);
        else if (m.Groups["inch"].Success) mm = Decimal(m.Groups["inch"].Value) * MmPerInch;
        else if (m.Groups["den"].Success) mm = Fraction(m) * MmPerInch;
        return mm is > 0 and <= (decimal)MaxMm ? (double)Math.Round(mm.Value, 3, MidpointRounding.AwayFromZero) : null;
    }

    private static decimal? Fraction(Match m)
    {
        var num = int.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture);
        var den = int.Parse(m.Groups["den"].Value, CultureInfo.InvariantCulture);
        // Sheet is sold in halves, quarters, eighths...: "1/3" or "5/4" is more likely a page or a count.
        if (den is not (2 or 4 or 8 or 16 or 32 or 64) || num == 0 || num >= den) return null;
        var whole = m.Groups["whole"].Success ? int.Parse(m.Groups["whole"].Value, CultureInfo.InvariantCulture) : 0;
        return whole + ((decimal)num / den);
    }

    private static decimal? Decimal(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        // "1,5" is a decimal comma; "1,500" could be a thousands separator, so it is refused.
        if (comma >= 0 && text.Length - comma - 1 > 2) return null;
        var normal = text.Replace(',', '.').Replace('_', '.');
        return decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    // A number right after "x" or "*" is one side of a size ("100x5mm"), not a thickness.
    [GeneratedRegex("""
        (?<![\p{N}.,/]|[xX×*]\s*)(?:
          (?<mm>\d{1,3}(?:[.,_]\d{1,3})?)\s?mm
        | (?:(?<whole>\d)-)?(?<num>\d{1,2})/(?<den>\d{1,2})\s?(?:inches|inch|in|"|'')
        | (?<inch>\d?\.\d{1,4}|\d{1,2})\s?(?:inches|inch|in|"|'')
        | (?<gauge>\d{1,2})\s?(?:gauge|ga|swg)
        )(?![\p{L}\p{N}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
