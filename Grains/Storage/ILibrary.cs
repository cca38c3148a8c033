namespace LaserGrains.Grains.Storage;

/// <summary>The organised view of the blob store: library/&lt;client&gt;/&lt;project&gt;/&lt;stored name&gt;, each a link to stored bytes.</summary>
public interface ILibrary
{
    /// <summary>Makes <paramref name="relativePath"/> show the blob's bytes; answers the path actually used (suffixed when taken by other bytes).</summary>
    Task<string> LinkAsync(string sha256, string relativePath, CancellationToken cancellationToken);

    /// <summary>Removes the entry if it is there; never touches the blob itself.</summary>
    Task UnlinkAsync(string relativePath, CancellationToken cancellationToken);

    /// <summary>Where an entry is, for operators and tests: an absolute path on the file system, the library path in PostgreSQL.</summary>
    string FullPath(string relativePath);
}
