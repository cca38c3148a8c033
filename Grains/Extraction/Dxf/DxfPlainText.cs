using System.Text;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Plain text of TEXT/MTEXT values for search: MTEXT inline codes removed, caret escapes decoded, total length bounded.</summary>
internal static class DxfPlainText
{
    public const int MaxLength = 64 * 1024;

    public static string? Join(IReadOnlyList<DxfTextItem> texts)
    {
        var sb = new StringBuilder();
        foreach (var t in texts)
        {
            if (sb.Length >= MaxLength) break;
            var clean = Clean(t.Value, t.Type == "MTEXT");
            if (clean.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(clean, 0, Math.Min(clean.Length, MaxLength - sb.Length));
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Drops MTEXT formatting (\P paragraphs, \f…; fonts, braces) and decodes ^J/^I caret escapes.</summary>
    public static string Clean(string value, bool mtext)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '^' && i + 1 < value.Length)
            {
                var n = value[++i];
                sb.Append(n switch { 'J' => '\n', 'I' => '\t', ' ' => '^', _ => ' ' });
            }
            else if (mtext && c == '\\' && i + 1 < value.Length)
            {
                i = Escape(value, i + 1, sb);
            }
            else if (!(mtext && c is '{' or '}'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>Handles one MTEXT backslash code starting at <paramref name="i"/>; returns the index of its last character.</summary>
    private static int Escape(string v, int i, StringBuilder sb)
    {
        switch (v[i])
        {
            case 'P' or 'X': sb.Append('\n'); return i;
            case '~': sb.Append(' '); return i;
            case '\\' or '{' or '}': sb.Append(v[i]); return i;
            case 'f' or 'F' or 'H' or 'W' or 'Q' or 'T' or 'A' or 'C' or 'c' or 'p' or 'S':
                var end = v.IndexOf(';', i);
                if (v[i] == 'S' && end > 0) sb.Append(v.Substring(i + 1, end - i - 1).Replace('^', '/').Replace('#', '/'));
                return end < 0 ? v.Length - 1 : end;
            default: return i; // \L \l \O \o \K \k toggles carry no text
        }
    }
}
