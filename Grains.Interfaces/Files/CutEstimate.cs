namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>Estimated machine time for one part, from cut length, pierces and the shop's speed table.</summary>
[GenerateSerializer, Immutable, Alias("lg.cut-estimate")]
public sealed record CutEstimate(
    [property: Id(0)] double CutSeconds,
    [property: Id(1)] double PierceSeconds,
    [property: Id(2)] double TotalSecondsPerPart,
    [property: Id(3)] double TotalSecondsForQuantity,
    [property: Id(4)] double SpeedMmPerMin,
    [property: Id(5)] string Basis);
