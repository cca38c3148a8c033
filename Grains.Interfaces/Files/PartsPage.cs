namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>One page of a job sheet's full part list: how many parts there are, and those from <see cref="Offset"/> on.</summary>
[GenerateSerializer, Immutable, Alias("lg.parts-page")]
public sealed record PartsPage(
    [property: Id(0)] int Total,
    [property: Id(1)] int Offset,
    [property: Id(2)] IReadOnlyList<JobSheetPart> Items);
