using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Storage;

/// <summary>The full part list of files whose record keeps only the first parts (PostgreSQL table lg_file_parts).</summary>
public interface IFilePartStore
{
    /// <summary>Replaces the file's stored parts by <paramref name="parts"/>, atomically.</summary>
    Task ReplaceAsync(long ingestId, IReadOnlyList<JobSheetPart> parts, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> parts from position <paramref name="offset"/> (0-based), in sheet order.</summary>
    Task<IReadOnlyList<JobSheetPart>> ReadAsync(long ingestId, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Forgets the file's stored parts (re-extraction without a long list, hard delete).</summary>
    Task RemoveAsync(long ingestId, CancellationToken cancellationToken);
}
