namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>Finds a zip archive's end record in a file's tail: a PDF that is also a zip is a polyglot, not a drawing.</summary>
public static class ZipTrailer
{
    /// <summary>The end record is 22 bytes plus a comment of at most 65,535 bytes, so it sits in this many last bytes.</summary>
    private const int TailWindow = 22 + 65_535;

    private static ReadOnlySpan<byte> EndOfCentralDirectory => "PK\u0005\u0006"u8;

    private static ReadOnlySpan<byte> CentralDirectoryEntry => "PK\u0001\u0002"u8;

    /// <summary>True when the bytes end like a zip archive (an end record, and a central directory entry before it).</summary>
    public static bool EndsLikeZip(ReadOnlySpan<byte> bytes)
    {
        var tail = bytes[Math.Max(0, bytes.Length - TailWindow)..];
        var end = tail.LastIndexOf(EndOfCentralDirectory);
        if (end < 0) return false;
        var before = bytes[..(bytes.Length - tail.Length + end)];
        return before.LastIndexOf(CentralDirectoryEntry) >= 0;
    }
}
