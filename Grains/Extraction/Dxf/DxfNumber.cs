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

        long mantissa = 0;
        int digits = 0, fraction = -1;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == (byte)'.' && fraction < 0)
            {
                fraction = 0;
                continue;
            }

            var d = c - (byte)'0';
            if ((uint)d > 9 || ++digits > 15)
            {
                return false;
            }

            mantissa = (mantissa * 10) + d;
            if (fraction >= 0) fraction++;
        }

        if (digits == 0)
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
