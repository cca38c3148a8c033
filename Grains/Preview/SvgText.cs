using System.Globalization;
using System.Text;

namespace LaserGrains.Grains.Preview;

/// <summary>Writes numbers at 0.01 mm and escapes every string that came from a file.</summary>
internal static class SvgText
{
    public static string Num(double v)
    {
        var r = Math.Round(v, 2);
        return (r == 0 ? 0 : r).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Text and attribute escaping; control characters other than tab/newline are dropped (invalid in XML).</summary>
    public static void Escape(StringBuilder sb, string s)
    {
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n': sb.Append(' '); break;
                default:
                    if (ch >= ' ' && ch != '\uFFFE' && ch != '\uFFFF') sb.Append(ch);
                    break;
            }
        }
    }

    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        Escape(sb, s);
        return sb.ToString();
    }
}
