namespace LaserGrains.Grains.Extraction.Detection;

/// <summary>Tells delimited text from binary: no NUL or control bytes, and a delimiter on the first line.</summary>
internal static class CsvSignature
{
    public static bool Looks(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0) return false;
        // UTF-16 exports start with a BOM and hold NULs; everything else must be text.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D)) return false;
        }

        var end = head.IndexOfAny((byte)'\n', (byte)'\r');
        var first = end < 0 ? head : head[..end];
        return first.IndexOfAny(",;\t|"u8) >= 0;
    }
}
