namespace LaserGrains.Grains.Interfaces.Projects;

/// <summary>One version of a part: which file holds it, its facts, and what changed since the version before.</summary>
[GenerateSerializer, Immutable, Alias("lg.version-entry")]
public sealed record VersionEntry(
    [property: Id(0)] int Version,
    [property: Id(1)] long IngestId,
    [property: Id(2)] string Sha256,
    [property: Id(3)] string? MaterialCode,
    [property: Id(4)] double? ThicknessMm,
    [property: Id(5)] int? Quantity,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] IReadOnlyList<string> Changes,
    [property: Id(8)] VersionEntryState State);
