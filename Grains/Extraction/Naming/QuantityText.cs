using System.Globalization;
using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Finds quantities only where a marker says so ("qty 10", "10 off", "10pcs", "x10"): bare numbers are part numbers.</summary>
public static partial class QuantityText
{
    private const double WordConfidence = 0.75;
    private const double CrossConfidence = 0.6;
    private const int MaxQuantity = 100_000;

    /// <summary>Every quantity in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<TextSpan<int>> FindAll(string text) =>
        [.. Find(text, Words(), WordConfidence).Concat(Find(text, Cross(), CrossConfidence)).OrderBy(s => s.Index)];

    private static IEnumerable<TextSpan<int>> Find(string text, Regex pattern, double confidence)
    {
        foreach (Match m in pattern.Matches(text))
        {
            if (int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= MaxQuantity)
                yield return new TextSpan<int>(n, m.Index, m.Length, confidence);
        }
    }

    [GeneratedRegex("""
        (?<![\p{L}])(?:qty|quantity|qnty)\s*[:=#.]?\s*(?<n>\d{1,6})(?![\p{N}.,])
        | (?<![\p{L}\p{N}.,])(?<n>\d{1,6})\s?(?:off|pcs|pc|pieces|piece|stk|nos|units)(?![\p{L}\p{N}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    // "x10" and "10x" count only away from other numbers: "100 x 50" and "2x3" are sizes.
    [GeneratedRegex("""
        (?<![\p{L}\p{N}]|\d\s*)[x×]\s?(?<n>\d{1,6})(?![\p{L}\p{N}.,]|\s*[x×*]|\s?mm)
        | (?<![\p{L}\p{N}.,]|[x×*]\s*)(?<n>\d{1,6})\s?[x×](?![\p{L}\p{N}]|\s*\d)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Cross();
}
