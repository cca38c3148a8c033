namespace LaserGrains.Grains.Extraction.Detection;

/// <summary>Finds the root element name of an XML text by skipping its prolog (declaration, comments, doctype, PIs).</summary>
internal static class XmlRoot
{
    /// <summary>The qualified root name, or null when the text does not start like XML.</summary>
    public static string? Name(string text)
    {
        var i = 0;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')) i++;
            if (i >= text.Length || text[i] != '<') return null;

            if (Skip(text, ref i, "<?", "?>") || Skip(text, ref i, "<!--", "-->")) continue;
            if (string.CompareOrdinal(text, i, "<!DOCTYPE", 0, 9) == 0)
            {
                if (!SkipDoctype(text, ref i)) return null;
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < text.Length && IsNameChar(text[end])) end++;
            return end > start ? text[start..end] : null;
        }
    }

    private static bool Skip(string text, ref int i, string open, string close)
    {
        if (string.CompareOrdinal(text, i, open, 0, open.Length) != 0) return false;
        var end = text.IndexOf(close, i + open.Length, StringComparison.Ordinal);
        i = end < 0 ? text.Length : end + close.Length;
        return true;
    }

    // A doctype may carry an internal subset in brackets, which itself contains '>' characters.
    private static bool SkipDoctype(string text, ref int i)
    {
        var depth = 0;
        for (var j = i; j < text.Length; j++)
        {
            if (text[j] == '[') depth++;
            else if (text[j] == ']') depth--;
            else if (text[j] == '>' && depth <= 0)
            {
                i = j + 1;
                return true;
            }
        }

        return false;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is ':' or '_' or '-' or '.';
}
