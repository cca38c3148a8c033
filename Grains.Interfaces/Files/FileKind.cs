namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>The kind of a file as decided from its bytes (never from its extension alone).</summary>
public enum FileKind
{
    Unknown = 0,
    DxfAscii = 1,
    DxfBinary = 2,
    Pdf = 3,
    Xlsx = 4,
    Xls = 5,
    LightBurn = 6,
    Png = 7,
    Jpeg = 8,
    Bmp = 9,
    Gif = 10,
    Tiff = 11,
    WebP = 12,
    Svg = 13,
    Zip = 14,
    /// <summary>A delimited text table (.csv) that an extension names and the content confirms.</summary>
    Csv = 15,
}
