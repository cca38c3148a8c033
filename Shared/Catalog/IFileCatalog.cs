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

    /// <summary>The revision a file's row holds, or null when there is no row. A file grain writes its row only after
    /// its outbox was published, so a row at the state's revision proves that revision's effects were carried out.</summary>
    Task<long?> RevisionAsync(long ingestId, CancellationToken cancellationToken);

    /// <summary>The ids in [<paramref name="from"/>, <paramref name="to"/>) whose row is in a final status (completed, failed, deleted).</summary>
    Task<IReadOnlySet<long>> SettledAsync(long from, long to, CancellationToken cancellationToken);
}
