namespace LaserGrains.Shared.Storage;

/// <summary>Names under which stored bytes appear in the library; each name counts as one reference to the blob.</summary>
public interface IBlobReferences
{
    /// <summary>Makes <paramref name="path"/> name the blob; true when it now does (new or already so), false when other bytes hold the name.</summary>
    Task<bool> AddAsync(string path, string sha256, CancellationToken cancellationToken);

    /// <summary>Drops the name if it exists; the blob's count goes down, its bytes stay until the collector frees them.</summary>
    Task RemoveAsync(string path, CancellationToken cancellationToken);
}
