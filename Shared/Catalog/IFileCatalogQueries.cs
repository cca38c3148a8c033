namespace LaserGrains.Shared.Catalog;

/// <summary>The read side of the catalog (table lg_files): searches and counts for the gateway.</summary>
public interface IFileCatalogQueries
{
    /// <summary>One page of the files matching <paramref name="search"/>, with a cursor to the next.</summary>
    Task<FilePage> SearchAsync(FileSearch search, CancellationToken cancellationToken);

    /// <summary>Counts of the files by status, kind, material and client.</summary>
    Task<CatalogStats> StatsAsync(CancellationToken cancellationToken);
}
