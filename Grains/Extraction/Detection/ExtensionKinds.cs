using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Detection;

/// <summary>What a file's extension claims, and which kinds count as the same family.</summary>
internal static class ExtensionKinds
{
    public static FileKind? FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".dxf" => FileKind.DxfAscii,
        ".pdf" => FileKind.Pdf,
        ".xlsx" or ".xlsm" => FileKind.Xlsx,
        ".xls" => FileKind.Xls,
        ".lbrn" or ".lbrn2" or ".clb" => FileKind.LightBurn,
        ".png" => FileKind.Png,
        ".jpg" or ".jpeg" or ".jpe" or ".jfif" => FileKind.Jpeg,
        ".bmp" or ".dib" => FileKind.Bmp,
        ".gif" => FileKind.Gif,
        ".tif" or ".tiff" => FileKind.Tiff,
        ".webp" => FileKind.WebP,
        ".svg" => FileKind.Svg,
        ".zip" => FileKind.Zip,
        ".csv" or ".tsv" => FileKind.Csv,
        _ => null,
    };

    // ASCII and binary DXF share ".dxf"; a ".xls" holding an .xlsx workbook (or the reverse) is one renamed sheet.
    public static bool SameFamily(FileKind a, FileKind b) => a == b || Family(a) == Family(b) && Family(a) != 0;

    private static int Family(FileKind k) => k switch
    {
        FileKind.DxfAscii or FileKind.DxfBinary => 1,
        FileKind.Xlsx or FileKind.Xls => 2,
        _ => 0,
    };
}
