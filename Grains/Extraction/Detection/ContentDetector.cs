using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Detection;

/// <summary>Decides a file's kind from its first bytes (magic numbers and text signatures).</summary>
public static class ContentDetector
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants to see.</summary>
    public const int HeadLength = 4096;

    /// <summary>PDF readers accept a header anywhere in the first kilobyte; some CAD exporters prepend junk.</summary>
    private const int PdfHeaderWindow = 1024;

    private static readonly byte[] BinaryDxfSentinel = "AutoCAD Binary DXF\r\n\u001a\0"u8.ToArray();
    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static DetectionResult Detect(ReadOnlySpan<byte> head, string filename)
    {
        var kind = DetectKind(head);
        var extension = Path.GetExtension(filename ?? "");
        var expected = ExtensionKinds.FromExtension(extension);
        // Plain text has no signature: a .csv name is believed when the bytes are delimited text.
        if (kind == FileKind.Unknown && expected == FileKind.Csv && CsvSignature.Looks(head)) kind = FileKind.Csv;
        string? mismatch = expected is { } e && !ExtensionKinds.SameFamily(e, kind)
            ? $"The extension '{extension}' suggests {e}, but the content is {kind}."
            : null;
        return new DetectionResult(kind, mismatch);
    }

    /// <summary>The kind of <paramref name="head"/>, ignoring any file name.</summary>
    public static FileKind DetectKind(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(BinaryDxfSentinel)) return FileKind.DxfBinary;
        if (head.StartsWith(PngSignature)) return FileKind.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return FileKind.Gif;
        if (IsBmp(head)) return FileKind.Bmp;
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) return FileKind.Tiff;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return FileKind.WebP;
        if (head.StartsWith(Ole2Signature)) return FileKind.Xls;
        if (head.StartsWith("PK\u0003\u0004"u8)) return ZipHead.LooksLikeXlsx(head) ? FileKind.Xlsx : FileKind.Zip;
        if (head.StartsWith("PK\u0005\u0006"u8)) return FileKind.Zip;
        if (head[..Math.Min(head.Length, PdfHeaderWindow)].IndexOf("%PDF-"u8) >= 0) return FileKind.Pdf;
        return TextSignatures.Detect(head);
    }

    // "BM" alone starts many text files; the reserved fields and the DIB header size make it a real bitmap.
    private static bool IsBmp(ReadOnlySpan<byte> head)
    {
        if (head.Length < 18 || !head.StartsWith("BM"u8)) return false;
        if (head[6] != 0 || head[7] != 0 || head[8] != 0 || head[9] != 0) return false;
        var dibSize = BitConverter.ToUInt32(head[14..18]);
        return dibSize is 12 or 16 or 40 or 52 or 56 or 64 or 108 or 124;
    }
}
