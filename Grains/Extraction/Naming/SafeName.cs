using System.Text;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Cleans text into pieces of file names that are safe on every file system the shop uses.</summary>
public static class SafeName
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>True for names Windows keeps for devices ("CON", "nul.txt", "COM1.dxf").</summary>
    public static bool IsReservedWindowsName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return Reserved.Contains((dot < 0 ? name : name[..dot]).TrimEnd(' '));
    }

    /// <summary>A code as a single name piece: ASCII letters and digits, other runs become one '_', upper case.</summary>
    public static string Code(string? value, int max)
    {
        var sb = new StringBuilder();
        foreach (var ch in (value ?? "").Trim().ToUpperInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
        }

        return Cut(sb.ToString().Trim('_'), max).TrimEnd('_');
    }

    /// <summary>
    /// Free text (a part name) as one name piece: letters, digits and marks of any script, '-' and single '.';
    /// whitespace and '_' become one '_'; everything else, including path and control characters, is dropped.
    /// </summary>
    public static string Text(string? value)
    {
        var sb = new StringBuilder();
        foreach (var rune in (value ?? "").Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var last = sb.Length > 0 ? sb[^1] : '\0';
            if (Rune.IsLetterOrDigit(rune) || IsMark(rune)) sb.Append(rune.ToString());
            else if ((Rune.IsWhiteSpace(rune) || rune.Value == '_') && last != '_') sb.Append('_');
            else if (rune.Value == '-' || (rune.Value == '.' && last != '.')) sb.Append((char)rune.Value);
        }

        return TrimEdges(sb.ToString());
    }

    /// <summary>At most <paramref name="max"/> characters, never splitting a surrogate pair, trimmed of edge separators.</summary>
    public static string Shorten(string text, int max) => TrimEdges(Cut(text, max));

    private static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var end = char.IsLowSurrogate(text[max]) ? max - 1 : max;
        return text[..end];
    }

    // Dots at either end would hide a file or vanish on Windows; separators there would blur the slots.
    private static string TrimEdges(string text) => text.Trim('_', '-', '.');

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
