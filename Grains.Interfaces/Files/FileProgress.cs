namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>A file's record and whether work on it (processing, re-extraction) is still pending; Record is null when there is no file.</summary>
[GenerateSerializer, Immutable, Alias("lg.file-progress")]
public sealed record FileProgress(
    [property: Id(0)] FileRecord? Record,
    [property: Id(1)] bool Busy);
