namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>What the gateway hands a new file grain: a reference to stored bytes, never the bytes.</summary>
[GenerateSerializer, Immutable, Alias("lg.ingest-request")]
public sealed record IngestRequest(
    [property: Id(0)] BlobRef Blob,
    [property: Id(1)] string OriginalFilename,
    [property: Id(2)] UploadHints Hints,
    [property: Id(3)] DateTimeOffset ReceivedAt);
