using System.Text;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Detection;

/// <summary>Decides a file's kind from its first bytes (magic numbers and text signatures).</summary>
public static class ContentDetector
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants to see.</summary>
    public const int HeadLength = 4096;

    private static readonly byte[] BinaryDxfSentinel = "AutoCAD Binary DXF\r\n\u001a\0"u8.ToArray();

    public static DetectionResult Detect(ReadOnlySpan<byte> head, string filename)
    {
        var kind = DetectKind(head);
        var expected = KindFromExtension(Path.GetExtension(filename));
        string? mismatch = expected is { } e && e != kind && !(IsDxf(e) && IsDxf(kind))
            ? $"The extension '{Path.GetExtension(filename)}' suggests {e}, but the content is {kind}."
            : null;
        return new DetectionResult(kind, mismatch);
    }

    private static bool IsDxf(FileKind k) => k is FileKind.DxfAscii or FileKind.DxfBinary;

    private static FileKind DetectKind(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(BinaryDxfSentinel)) return FileKind.DxfBinary;
        if (head.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return FileKind.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (head.StartsWith("GIF8"u8)) return FileKind.Gif;
        if (head.StartsWith("BM"u8) && head.Length >= 14) return FileKind.Bmp;
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) return FileKind.Tiff;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return FileKind.WebP;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return FileKind.Xls;
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return head.IndexOf("xl/"u8) >= 0 || head.IndexOf("[Content_Types].xml"u8) >= 0 ? FileKind.Xlsx : FileKind.Zip;
        }

        return DetectText(head);
    }

    private static FileKind DetectText(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Contains("<LightBurnProject", StringComparison.Ordinal)) return FileKind.LightBurn;
        if (text.Contains("<svg", StringComparison.OrdinalIgnoreCase)) return FileKind.Svg;
        if (LooksLikeDxf(text)) return FileKind.DxfAscii;
        return FileKind.Unknown;
    }

    private static bool LooksLikeDxf(string text)
    {
        using var reader = new StringReader(text);
        var code = reader.ReadLine()?.Trim();
        var value = reader.ReadLine()?.Trim();
        if (code is "999") return true;
        return code == "0" && value is "SECTION";
    }

    private static FileKind? KindFromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".dxf" => FileKind.DxfAscii,
        ".pdf" => FileKind.Pdf,
        ".xlsx" or ".xlsm" => FileKind.Xlsx,
        ".xls" => FileKind.Xls,
        ".lbrn" or ".lbrn2" => FileKind.LightBurn,
        ".png" => FileKind.Png,
        ".jpg" or ".jpeg" => FileKind.Jpeg,
        ".bmp" => FileKind.Bmp,
        ".gif" => FileKind.Gif,
        ".tif" or ".tiff" => FileKind.Tiff,
        ".webp" => FileKind.WebP,
        ".svg" => FileKind.Svg,
        ".zip" => FileKind.Zip,
        _ => null,
    };
}
