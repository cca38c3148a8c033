using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Storage;

/// <summary>The searchable projection of every file's record (PostgreSQL table lg_files).</summary>
public interface IFileCatalog
{
    /// <summary>Writes the row for <paramref name="record"/> unless a newer revision is already there.</summary>
    Task UpsertAsync(FileRecord record, long revision, string? searchText, CancellationToken cancellationToken);
}
