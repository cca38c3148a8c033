using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>Separates a drawing number from the revision written beside it: "AC-102   REV: C" → AC-102, C.</summary>
internal static partial class DrawingRevision
{
    /// <summary>The drawing number and the revision that follows it on the same line, if any.</summary>
    public static (string Drawing, string? Revision) Split(string value)
    {
        var m = Trailing().Match(value);
        return m.Success ? (m.Groups["dwg"].Value.Trim(), m.Groups["rev"].Value.ToUpperInvariant()) : (value.Trim(), null);
    }

    /// <summary>An unlabelled line that is only a drawing number and its revision ("AC-102 REV C"), or null.</summary>
    public static (string Drawing, string Revision)? FindLine(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var m = Line().Match(line);
            if (m.Success) return (m.Groups["dwg"].Value, m.Groups["rev"].Value.ToUpperInvariant());
        }

        return null;
    }

    [GeneratedRegex(@"^(?<dwg>.+?)[\s,;/|]+(?:rev(?:ision)?)\.?\s*[:#\-]?\s*(?<rev>[a-z0-9]{1,4}(?:\.\d{1,3})?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^\s*(?<dwg>[A-Z]{1,6}-?\d{2,8}(?:[-./][A-Z0-9]{1,6}){0,3})\s+REV(?:ISION)?\.?\s*[:#]?\s*(?<rev>[A-Z0-9]{1,3})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
