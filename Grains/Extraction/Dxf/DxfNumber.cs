using System.Globalization;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Parses invariant-culture numbers from raw value bytes, refusing locale-formatted ones.</summary>
internal static class DxfNumber
{
    public static double ParseDouble(ReadOnlySpan<byte> s, int code, DxfTokenizer at)
    {
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
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
