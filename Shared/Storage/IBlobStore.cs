using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Shared.Storage;

/// <summary>Stores file bytes once, addressed by their SHA-256.</summary>
public interface IBlobStore
{
    /// <summary>Streams <paramref name="content"/> into the store, hashing as it goes; throws <see cref="BlobTooLargeException"/> past <paramref name="maxBytes"/>.</summary>
    Task<BlobRef> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Opens the stored bytes for reading; throws <see cref="FileNotFoundException"/> when absent.</summary>
    Stream OpenRead(string sha256);

    bool Exists(string sha256);

    Task DeleteAsync(string sha256, CancellationToken cancellationToken);
}
