using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>
/// The short stored form for names with two or more unknown slots: [client-project--]part--[material-][thickness-][xqty-]vN.
/// "--" is the marker: the tail after the last "--" never holds one, and its tokens tell themselves apart by case and
/// shape; the head before the first "--" is left out when both codes are unknown, unless the part itself holds "--".
/// </summary>
internal static partial class ShortStoredName
{
    public static string Build(string client, string project, string? partName, string[] tail, string ext, int maxLength)
    {
        var end = string.Join('-', tail.Where(s => s != StoredFilename.Missing));
        var room = maxLength - (client.Length + project.Length + 3) - end.Length - ext.Length - 2;
        var part = SafeName.Shorten(SafeName.Text(partName), room);
        // Without a head, text before a "--" in the part could read as one ("CL1-JB--x"): then the head is written.
        var noHead = client == StoredFilename.Missing && project == StoredFilename.Missing && !part.Contains("--", StringComparison.Ordinal);
        var head = noHead ? "" : $"{client}-{project}--";
        return $"{head}{(part.Length == 0 ? StoredFilename.Missing : part)}--{end}{ext}";
    }

    /// <summary>The short form's shape; group names as in the full form's reader.</summary>
    public static Match Match(string stem) => Shape().Match(stem);

    // Case matters here, unlike the full form: material upper case, "mm", "x" and "v" lower case, so "X1" (a code),
    // "x1" (a quantity) and "V1" never blur. No whitespace anywhere, so a customer's "Bracket 5mm -- v2" is not read as stored.
    [GeneratedRegex("""
        ^(?:(?<client>[A-Z0-9_]+)-(?<project>JB-\d{4}-\d{2}-[A-Z0-9]+-\d{1,6}|[A-Z0-9_]+)--)?
        (?<part>(?!-)\S+(?<!-))
        --(?:(?<material>[A-Z0-9]{1,10})-)?
        (?:(?<thk>\d{1,4}(?:_\d{1,3})?)mm-)?
        (?:x(?<qty>\d{1,10})-)?
        v(?<ver>\d{1,10})$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
