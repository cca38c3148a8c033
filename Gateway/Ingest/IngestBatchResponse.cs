using LaserGrains.Shared.Json;

namespace LaserGrains.Gateway.Ingest;

/// <summary>The answer to a multi-file upload: one item per file, in upload order.</summary>
public sealed record IngestBatchResponse(IReadOnlyList<IngestBatchItem> Files);

/// <summary>One file of a multi-file upload.</summary>
public sealed record IngestBatchItem(long IngestId, string Status, string StatusUrl, FileRecordJson File);
