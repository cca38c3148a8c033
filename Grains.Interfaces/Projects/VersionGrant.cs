namespace LaserGrains.Grains.Interfaces.Projects;

/// <summary>The project's answer to a claim: the version, or the live file whose bytes the claimant duplicates.</summary>
[GenerateSerializer, Immutable, Alias("lg.version-grant")]
public sealed record VersionGrant(
    [property: Id(0)] int Version,
    [property: Id(1)] long? DuplicateOf,
    [property: Id(2)] IReadOnlyList<string> Changes)
{
    /// <summary>Why the declared version could not be given, when it could not.</summary>
    [Id(3)] public string? Warning { get; init; }
}
