using Orleans.Concurrency;

namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>One ingested file, keyed by its ingest id: owns its lifecycle, metadata and versions.</summary>
[Alias("lg.file")]
public interface IFileGrain : IGrainWithIntegerKey
{
    /// <summary>Takes ownership of bytes already in the blob store; processes them now or, when <paramref name="waitForProcessing"/> is false, right after answering.</summary>
    [Alias("ingest")]
    Task<FileRecord> IngestAsync(IngestRequest request, bool waitForProcessing = true);

    /// <summary>The file's current record, or null when nothing was ever ingested under this id; answers even while the file is being processed.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<FileRecord?> GetAsync();
}
