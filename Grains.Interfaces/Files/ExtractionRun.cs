namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>One run of the extractors on a file: when, which extractor and version, the outcome, and the fields it changed.</summary>
[GenerateSerializer, Immutable, Alias("lg.extraction-run")]
public sealed record ExtractionRun(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Extractor,
    [property: Id(2)] string ExtractorVersion,
    [property: Id(3)] FileStatus Outcome,
    [property: Id(4)] IReadOnlyList<string> ChangedFields,
    [property: Id(5)] string Trigger);
