using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Shared.Storage;

/// <summary>Stores file bytes once, addressed by their SHA-256.</summary>
public interface IBlobStore
{
    /// <summary>Streams <paramref name="content"/> into the store, hashing as it goes; throws <see cref="BlobTooLargeException"/> past <paramref name="maxBytes"/>.</summary>
    Task<BlobRef> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Copies <paramref name="content"/> to a temp file outside the store and answers it for reading; the file goes when the stream is disposed.</summary>
    Task<Stream> SpoolAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Opens the stored bytes for reading; throws <see cref="FileNotFoundException"/> when absent.</summary>
    Stream OpenRead(string sha256);

    bool Exists(string sha256);

    Task DeleteAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Every stored blob with the time it was last written or uploaded again.</summary>
    IEnumerable<StoredBlob> List();

    /// <summary>Removes the blob unless it was (re-)uploaded at or after <paramref name="cutoff"/>; true when removed.</summary>
    bool CollectIfOlder(string sha256, DateTimeOffset cutoff);

    /// <summary>Deletes temp files of uploads that broke off before <paramref name="cutoff"/>; returns how many.</summary>
    int RemoveAbandonedUploads(DateTimeOffset cutoff);
}

/// <summary>One stored blob as the collector sees it.</summary>
public sealed record StoredBlob(string Sha256, DateTime WrittenAtUtc);
