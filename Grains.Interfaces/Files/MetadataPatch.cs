namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>A manual correction: values to set by hand (non-null fields of <see cref="Set"/>) and manual values to clear.</summary>
[GenerateSerializer, Immutable, Alias("lg.metadata-patch")]
public sealed record MetadataPatch(
    [property: Id(0)] UploadHints Set,
    [property: Id(1)] IReadOnlyList<string> Clear);
