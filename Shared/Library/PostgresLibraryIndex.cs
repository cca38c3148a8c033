using Npgsql;

namespace LaserGrains.Shared.Library;

/// <summary>Reads library folders from lg_files by path prefix (index ix_lg_files_path); a duplicate shows its original's entry once.</summary>
public sealed class PostgresLibraryIndex(NpgsqlDataSource db) : ILibraryIndex
{
    private const string Folders = """
        SELECT DISTINCT split_part(substr(file_path, char_length(@raw) + 1), '/', 1) AS name FROM lg_files
        WHERE file_path LIKE @prefix ESCAPE '\' AND strpos(substr(file_path, char_length(@raw) + 1), '/') > 0 AND status <> 'deleted'
        ORDER BY name LIMIT @limit
        """;

    private const string Files = """
        SELECT DISTINCT ON (file_path) file_path, ingest_id, file_size, sha256, updated_at FROM lg_files
        WHERE file_path LIKE @prefix ESCAPE '\' AND strpos(substr(file_path, char_length(@raw) + 1), '/') = 0 AND status <> 'deleted'
        ORDER BY file_path, ingest_id LIMIT @limit
        """;

    private const string One = """
        SELECT file_path, ingest_id, file_size, sha256, updated_at FROM lg_files
        WHERE file_path = @path AND status <> 'deleted' ORDER BY ingest_id LIMIT 1
        """;

    public async Task<LibraryFolder> ListAsync(string folder, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var prefix = folder.Length == 0 ? "" : folder + "/";
        var folders = new List<LibrarySubfolder>();
        await using (var cmd = Command(Folders, prefix, limit))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) folders.Add(new LibrarySubfolder(reader.GetString(0), prefix + reader.GetString(0)));
        }

        var files = new List<LibraryEntry>();
        await using (var cmd = Command(Files, prefix, limit))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) files.Add(Entry(reader));
        }

        var truncated = folders.Count > limit || files.Count > limit;
        return new LibraryFolder(folder, folders.Take(limit).ToList(), files.Take(limit).ToList(), truncated);
    }

    public async Task<LibraryEntry?> FindAsync(string path, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(One);
        cmd.Parameters.AddWithValue("path", path);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Entry(reader) : null;
    }

    // One more than asked tells whether the folder holds more.
    private NpgsqlCommand Command(string sql, string prefix, int limit)
    {
        var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddWithValue("prefix", Escape(prefix) + "%");
        cmd.Parameters.AddWithValue("raw", prefix); // PostgreSQL counts characters, not UTF-16 units
        cmd.Parameters.AddWithValue("limit", limit + 1);
        return cmd;
    }

    private static LibraryEntry Entry(NpgsqlDataReader reader)
    {
        var path = reader.GetString(0);
        return new LibraryEntry(path[(path.LastIndexOf('/') + 1)..], path, reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3),
            reader.GetFieldValue<DateTimeOffset>(4));
    }

    private static string Escape(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
