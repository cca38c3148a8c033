namespace LaserGrains.Grains.Interfaces.Events;

/// <summary>One lifecycle event of a file, with its payload already rendered as the JSON body subscribers receive.</summary>
[GenerateSerializer, Immutable, Alias("lg.file-event")]
public sealed record FileEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string EventType,
    [property: Id(2)] long IngestId,
    [property: Id(3)] long Sequence,
    [property: Id(4)] DateTimeOffset Timestamp,
    [property: Id(5)] string Payload);
