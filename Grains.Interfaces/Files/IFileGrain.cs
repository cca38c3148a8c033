using Orleans.Concurrency;

namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>One ingested file, keyed by its ingest id: owns its lifecycle, metadata and versions.</summary>
[Alias("lg.file")]
public interface IFileGrain : IGrainWithIntegerKey
{
    /// <summary>Takes ownership of bytes already in the blob store: answers once the file is persisted as received; processing follows in the grain.</summary>
    [Alias("accept")]
    Task<FileRecord> IngestAsync(IngestRequest request);

    /// <summary>Waits at most <paramref name="max"/> for the file's pending work (processing, re-extraction) to finish; answers the record either way.</summary>
    [Alias("wait"), AlwaysInterleave]
    Task<FileProgress> WaitAsync(TimeSpan max);

    /// <summary>The file's current record, or null when nothing was ever ingested under this id; answers even while the file is being processed.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<FileRecord?> GetAsync();

    /// <summary>Accepts a re-extraction with the current extractors (persisted; it runs right after answering); renames the file when its facts change.</summary>
    [Alias("re-extract")]
    Task<FileRecord?> ReExtractAsync();

    /// <summary>Sets or clears manual metadata values; they win over every extracted value until cleared.</summary>
    [Alias("correct")]
    Task<FileRecord?> CorrectAsync(MetadataPatch patch);

    /// <summary>Soft-deletes (restorable) or hard-deletes the file; null when there is no such file.</summary>
    [Alias("delete")]
    Task<FileRecord?> DeleteAsync(DeleteMode mode);

    /// <summary>Brings a soft-deleted file back as it was before.</summary>
    [Alias("restore")]
    Task<FileRecord?> RestoreAsync();

    /// <summary>A page of the file's full job-sheet part list (the record keeps only the first ones); null when there is no such file.</summary>
    [Alias("parts"), AlwaysInterleave]
    Task<PartsPage?> GetPartsAsync(int offset, int limit);

    /// <summary>The version lineage the file belongs to, oldest first; empty when it has none.</summary>
    [Alias("versions"), AlwaysInterleave]
    Task<IReadOnlyList<Projects.VersionEntry>> GetVersionsAsync();

    /// <summary>The sweep's probe: starts the file's pending work if none runs; true when nothing is left for the sweep (done, or covered by the file's own reminder).</summary>
    [Alias("resume")]
    Task<bool> ResumeAsync();
}
