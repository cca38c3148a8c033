namespace LaserGrains.Grains.Interfaces.Preview;

/// <summary>A rendered preview: the SVG text and whether it was simplified to fit the vertex budget.</summary>
[GenerateSerializer, Immutable, Alias("lg.preview-image")]
public sealed record PreviewImage(
    [property: Id(0)] string Svg,
    [property: Id(1)] bool Simplified,
    [property: Id(2)] string Sha256);
