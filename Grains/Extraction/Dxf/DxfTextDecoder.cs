using System.Text;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Turns raw value bytes into strings in the drawing's code page, pooling the short repetitive ones.</summary>
internal sealed class DxfTextDecoder
{
    private const int PoolSize = 1024;
    private const int MaxPooledLength = 48;
    private static readonly Encoding Ansi1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    // Small enough (16 KB) to stay off the large-object heap: one decoder is made per file.
    private readonly PoolEntry[] _pool = new PoolEntry[PoolSize];
    private Encoding _encoding = Ansi1252;

    /// <summary>The .NET name of the encoding in use, e.g. "windows-1252" or "utf-8".</summary>
    public string EncodingName => _encoding.WebName;

    /// <summary>Applies $DWGCODEPAGE (R2004 and older); unknown code pages keep the ANSI_1252 default.</summary>
    public void SetCodePage(string? dwgCodePage)
    {
        var cp = CodePageNumber(dwgCodePage);
        var enc = cp switch
        {
            null => null,
            65001 => Encoding.UTF8,
            _ => System.Text.CodePagesEncodingProvider.Instance.GetEncoding(cp.Value),
        };
        Use(enc ?? Ansi1252);
    }

    /// <summary>R2007 and later files are always UTF-8 whatever $DWGCODEPAGE says.</summary>
    public void SetUtf8() => Use(Encoding.UTF8);

    public string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxPooledLength)
        {
            return Unescape(_encoding.GetString(bytes));
        }

        var slot = (int)(Hash(bytes) & (PoolSize - 1));
        ref var entry = ref _pool[slot];
        if (entry.Key is not null && bytes.SequenceEqual(entry.Key))
        {
            return entry.Value!;
        }

        var value = Unescape(_encoding.GetString(bytes));
        entry = new PoolEntry(bytes.ToArray(), value);
        return value;
    }

    /// <summary>Replaces \U+XXXX escapes, which DXF uses for characters outside the file's code page.</summary>
    public static string Unescape(string s)
    {
        var i = s.IndexOf("\\U+", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var last = 0;
        while (i >= 0)
        {
            if (i + 7 <= s.Length && int.TryParse(s.AsSpan(i + 3, 4), System.Globalization.NumberStyles.HexNumber, null, out var cp))
            {
                sb.Append(s, last, i - last).Append((char)cp);
                last = i + 7;
            }

            i = s.IndexOf("\\U+", i + 1, StringComparison.OrdinalIgnoreCase);
        }

        return sb.Append(s, last, s.Length - last).ToString();
    }

    internal static int? CodePageNumber(string? dwgCodePage)
    {
        if (string.IsNullOrWhiteSpace(dwgCodePage))
        {
            return null;
        }

        if (dwgCodePage.Contains("UTF", StringComparison.OrdinalIgnoreCase))
        {
            return 65001;
        }

        var end = dwgCodePage.Length;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(dwgCodePage[start - 1]))
        {
            start--;
        }

        return start < end && int.TryParse(dwgCodePage.AsSpan(start, end - start), out var n) ? n : null;
    }

    private void Use(Encoding e)
    {
        if (e.CodePage != _encoding.CodePage)
        {
            _encoding = e;
            Array.Clear(_pool);
        }
    }

    private readonly record struct PoolEntry(byte[]? Key, string? Value);

    private static uint Hash(ReadOnlySpan<byte> b)
    {
        var h = 2166136261u;
        foreach (var x in b)
        {
            h = (h ^ x) * 16777619u;
        }

        return h;
    }
}
