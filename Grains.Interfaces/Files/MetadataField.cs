namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>One metadata value with where it came from and how sure we are of it (0..1).</summary>
[GenerateSerializer, Immutable, Alias("lg.metadata-field`1")]
public sealed record MetadataField<T>(
    [property: Id(0)] T Value,
    [property: Id(1)] MetadataSource Source,
    [property: Id(2)] double Confidence);
