using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Finds drawing revisions: "rev3", "Rev B", "revision C", "_R2" and a customer's own "v2".</summary>
public static partial class RevisionText
{
    private const double WordConfidence = 0.75;
    private const double ShortConfidence = 0.5;

    /// <summary>Every revision in <paramref name="text"/>, in text order, upper-cased ("rev b" → "B").</summary>
    public static IReadOnlyList<TextSpan<string>> FindAll(string text) =>
        [.. Find(text, Word(), WordConfidence).Concat(Find(text, Short(), ShortConfidence)).OrderBy(s => s.Index)];

    private static IEnumerable<TextSpan<string>> Find(string text, Regex pattern, double confidence) =>
        pattern.Matches(text).Select(m => new TextSpan<string>(m.Groups["r"].Value.ToUpperInvariant(), m.Index, m.Length, confidence));

    [GeneratedRegex(@"(?<![\p{L}])(?:revision|rev)\s*[.:#]?\s*(?<r>[a-z]\d{0,2}|\d{1,3})(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // "R2" only in upper case ("r2" is as often a radius), "v2" in either case.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:R(?<r>\d{1,2})|[vV](?<r>\d{1,3}))(?![\p{L}\p{N}.,])", RegexOptions.CultureInvariant)]
    private static partial Regex Short();
}
