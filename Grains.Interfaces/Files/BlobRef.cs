namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>A content-addressed blob: its SHA-256 (lower-case hex) and its size in bytes.</summary>
[GenerateSerializer, Immutable, Alias("lg.blob-ref")]
public sealed record BlobRef(
    [property: Id(0)] string Sha256,
    [property: Id(1)] long Size);
