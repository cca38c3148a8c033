using System.Globalization;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Parses invariant-culture numbers from raw value bytes, refusing locale-formatted ones.</summary>
internal static class DxfNumber
{
    private static readonly double[] PowersOfTen =
        [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    public static double ParseDouble(ReadOnlySpan<byte> s, int code, DxfTokenizer at)
    {
        if (TryParseSimple(s, out var v) || double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v))
        {
            return v;
        }

        // A comma where a float belongs is a locale bug in the exporter; reading "1,5" as 1 would silently change sizes.
        if (s.IndexOf((byte)',') >= 0)
        {
            throw new ExtractionFailedException(
                "decimal_comma",
                $"The DXF file writes numbers with a decimal comma (\"{Show(s)}\" for group code {code} at {at.Position}); " +
                "DXF requires a decimal point. Re-export the drawing with a point as the decimal separator.");
        }

        throw new ExtractionFailedException(
            "invalid_file", $"The DXF file has an invalid number \"{Show(s)}\" for group code {code} at {at.Position}.");
    }

    public static long ParseInteger(ReadOnlySpan<byte> s, int code, DxfTokenizer at)
    {
        if (long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        // Some writers put "1.0" into integer codes; accept what is unambiguous.
        var d = ParseDouble(s, code, at);
        return d is >= long.MinValue and <= long.MaxValue ? (long)d : 0;
    }

    /// <summary>
    /// Fast path for the usual "-123.456": with at most 15 digits the mantissa and 10^k are exact doubles, so one
    /// division gives the correctly rounded result (Clinger). Anything else goes to the general parser.
    /// </summary>
    private static bool TryParseSimple(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+'))
        {
            negative = s[0] == (byte)'-';
            i = 1;
        }

        // Integer digits, then fraction digits, in two tight loops (no per-digit "after the point?" test).
        long mantissa = 0;
        var intStart = i;
        for (; i < s.Length; i++)
        {
            var d = (uint)(s[i] - (byte)'0');
            if (d > 9) break;
            mantissa = (mantissa * 10) + d;
        }

        var digits = i - intStart;
        var fraction = 0;
        if (i < s.Length && s[i] == (byte)'.')
        {
            var fracStart = ++i;
            for (; i < s.Length; i++)
            {
                var d = (uint)(s[i] - (byte)'0');
                if (d > 9) return false;
                mantissa = (mantissa * 10) + d;
            }

            fraction = i - fracStart;
            digits += fraction;
        }

        // Beyond 15 digits the mantissa may not be exact (it may even have wrapped): leave it to the general parser.
        if (i != s.Length || digits == 0 || digits > 15)
        {
            return false;
        }

        value = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        value = negative ? -value : value;
        return true;
    }

    /// <summary>Parses a group code line; returns false when the line is not an integer.</summary>
    public static bool TryParseCode(ReadOnlySpan<byte> s, out int code)
    {
        code = 0;
        if (s.IsEmpty || s.Length > 6)
        {
            return false;
        }

        var negative = s[0] == (byte)'-';
        for (var i = negative ? 1 : 0; i < s.Length; i++)
        {
            var d = s[i] - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            code = (code * 10) + d;
        }

        code = negative ? -code : code;
        return true;
    }

    private static string Show(ReadOnlySpan<byte> s) =>
        System.Text.Encoding.Latin1.GetString(s.Length > 40 ? s[..40] : s);
}
