using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Interfaces.Preview;

/// <summary>What the gateway needs to know about previews without rendering one: which kinds have one, and the renderer version.</summary>
public static class PreviewFormat
{
    /// <summary>Raised whenever the drawing rules change, so cached previews (ETag) are redrawn.</summary>
    public const string RendererVersion = "2";

    public static bool HasPreview(FileKind kind) => kind is FileKind.DxfAscii or FileKind.DxfBinary or FileKind.LightBurn;

    /// <summary>Strong validator: same bytes, same renderer, same extraction run give the same drawing.</summary>
    public static string ETag(FileRecord record) =>
        $"\"{record.Sha256[..Math.Min(32, record.Sha256.Length)]}-r{RendererVersion}-e{record.ExtractionHistory.Count}\"";
}
