using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Shared.Storage;

/// <summary>Stores file bytes once, addressed by their SHA-256.</summary>
public interface IBlobStore
{
    /// <summary>Streams <paramref name="content"/> into the store, hashing as it goes; throws <see cref="BlobTooLargeException"/> past <paramref name="maxBytes"/>.</summary>
    Task<BlobRef> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Copies <paramref name="content"/> to a temp file outside the store and answers it for reading; the file goes when the stream is disposed.</summary>
    Task<Stream> SpoolAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Opens the stored bytes for reading (a seekable stream); throws <see cref="FileNotFoundException"/> when absent, at the latest on the first read.</summary>
    Stream OpenRead(string sha256);

    /// <summary>Opens the stored bytes for reading with their size known; throws <see cref="FileNotFoundException"/> when absent.</summary>
    Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken);

    bool Exists(string sha256);

    Task DeleteAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Every stored blob the collector may free, with the time it was last written or uploaded again (a store that counts references leaves out referenced ones).</summary>
    IEnumerable<StoredBlob> List();

    /// <summary>Removes the blob unless it was (re-)uploaded at or after <paramref name="cutoff"/>; true when removed.</summary>
    bool CollectIfOlder(string sha256, DateTimeOffset cutoff);

    /// <summary>Deletes temp files of uploads that broke off before <paramref name="cutoff"/>; returns how many.</summary>
    int RemoveAbandonedUploads(DateTimeOffset cutoff);

    /// <summary>Null when the store can be written and read; otherwise one sentence saying why not.</summary>
    Task<string?> ProblemAsync(CancellationToken cancellationToken);
}

/// <summary>One stored blob as the collector sees it.</summary>
public sealed record StoredBlob(string Sha256, DateTime WrittenAtUtc);
