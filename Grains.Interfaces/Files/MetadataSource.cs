namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>Where a metadata value came from; the merge precedence is documented in docs/METADATA.md.</summary>
public enum MetadataSource
{
    Filename = 0,
    Content = 1,
    UploadHint = 2,
    Manual = 3,
}
