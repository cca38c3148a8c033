namespace LaserGrains.Shared.Library;

/// <summary>The library as the catalog knows it (lg_files.file_path), the same for every gateway whichever store holds the bytes.</summary>
public interface ILibraryIndex
{
    /// <summary>The folder at <paramref name="folder"/> ("" for the top), at most <paramref name="limit"/> folders and files each.</summary>
    Task<LibraryFolder> ListAsync(string folder, int limit, CancellationToken cancellationToken);

    /// <summary>The file filed at <paramref name="path"/>, or null.</summary>
    Task<LibraryEntry?> FindAsync(string path, CancellationToken cancellationToken);
}
