namespace LaserGrains.Grains.Interfaces.Projects;

/// <summary>A file asking its project for a version number in a lineage (part + kind family).</summary>
[GenerateSerializer, Immutable, Alias("lg.version-claim")]
public sealed record VersionClaim(
    [property: Id(0)] long IngestId,
    [property: Id(1)] string LineageKey,
    [property: Id(2)] string Sha256,
    [property: Id(3)] string? MaterialCode,
    [property: Id(4)] double? ThicknessMm,
    [property: Id(5)] int? Quantity,
    [property: Id(6)] DateTimeOffset At)
{
    /// <summary>A numeric version the file declares ("-v3", "rev3"); honoured when free in the lineage.</summary>
    [Id(7)] public int? DeclaredVersion { get; init; }
}
