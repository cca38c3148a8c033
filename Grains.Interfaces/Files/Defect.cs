namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>Something that makes a file hard or impossible to cut, with where it is.</summary>
[GenerateSerializer, Immutable, Alias("lg.defect")]
public sealed record Defect(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] double? X = null,
    [property: Id(3)] double? Y = null,
    [property: Id(4)] string? Layer = null);
