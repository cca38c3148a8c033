using LaserGrains.Shared.Storage;

namespace LaserGrains.Grains.Storage;

/// <summary>The library as rows of the PostgreSQL blob store (lg_library): each entry a name for stored bytes and one reference to them.</summary>
public sealed class PostgresLibrary(IBlobReferences references) : ILibrary
{
    public async Task<string> LinkAsync(string sha256, string relativePath, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidate = LibraryNames.Checked(attempt == 0 ? relativePath : LibraryNames.Suffixed(relativePath, attempt));
            // Another file's bytes hold this name: never take it from them.
            if (await references.AddAsync(candidate, sha256, cancellationToken)) return candidate;
        }
    }

    public Task UnlinkAsync(string relativePath, CancellationToken cancellationToken) =>
        references.RemoveAsync(LibraryNames.Checked(relativePath), cancellationToken);

    /// <summary>The entry's library path; in PostgreSQL there is no file, the gateway serves it at /library/download?path=….</summary>
    public string FullPath(string relativePath) => LibraryNames.Checked(relativePath);
}
