using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Shared.Catalog;

/// <summary>The write side of the catalog, the searchable projection of every file's record (table lg_files); the file grains are its only writers.</summary>
public interface IFileCatalog
{
    /// <summary>Writes the row for <paramref name="record"/> unless a newer revision is already there.</summary>
    Task UpsertAsync(FileRecord record, long revision, string? searchText, CancellationToken cancellationToken);

    /// <summary>Removes the row of a hard-deleted file.</summary>
    Task RemoveAsync(long ingestId, CancellationToken cancellationToken);

    /// <summary>How many catalog rows (deleted or not) still hold these bytes.</summary>
    Task<long> ReferencesAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="sha256s"/> at least one catalog row (deleted or not) holds.</summary>
    Task<IReadOnlySet<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken);
}
