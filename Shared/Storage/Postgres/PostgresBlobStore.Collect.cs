namespace LaserGrains.Shared.Storage.Postgres;

/// <summary>Freeing bytes: only blobs no library entry names, older than the collector's cutoff, with their chunks in the same statement.</summary>
public sealed partial class PostgresBlobStore
{
    // One statement: the row lock decides between a collector and an upload of the same bytes refreshing written_at.
    private const string Collect = """
        WITH gone AS (DELETE FROM lg_blobs WHERE sha256 = @sha AND ref_count = 0 AND written_at < @cutoff RETURNING content_id),
             chunks AS (DELETE FROM lg_blob_chunks c USING gone WHERE c.content_id = gone.content_id)
        SELECT count(*) FROM gone
        """;

    private const string Delete = """
        WITH gone AS (DELETE FROM lg_blobs WHERE sha256 = @sha AND ref_count = 0 RETURNING content_id)
        DELETE FROM lg_blob_chunks c USING gone WHERE c.content_id = gone.content_id
        """;

    /// <summary>Every blob whose reference count is zero; referenced ones are never candidates.</summary>
    public IEnumerable<StoredBlob> List()
    {
        var blobs = new List<StoredBlob>();
        using var cmd = _db.CreateCommand("SELECT sha256, written_at FROM lg_blobs WHERE ref_count = 0");
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) blobs.Add(new StoredBlob(reader.GetString(0), reader.GetDateTime(1)));
        return blobs;
    }

    public bool CollectIfOlder(string sha256, DateTimeOffset cutoff)
    {
        using var cmd = _db.CreateCommand(Collect);
        cmd.Parameters.AddWithValue("sha", Checked(sha256));
        cmd.Parameters.AddWithValue("cutoff", cutoff);
        return (long)cmd.ExecuteScalar()! > 0;
    }

    /// <summary>Removes the blob unless a library entry names it (then the entry's removal and the collector free it).</summary>
    public async Task DeleteAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand(Delete);
        cmd.Parameters.AddWithValue("sha", Checked(sha256));
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>An upload that broke off was rolled back by PostgreSQL; what stays behind are local archive spools of a process that died.</summary>
    public int RemoveAbandonedUploads(DateTimeOffset cutoff)
    {
        if (!Directory.Exists(_spool)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(_spool))
        {
            if (File.GetLastWriteTimeUtc(file) >= cutoff.UtcDateTime) continue;
            File.Delete(file);
            removed++;
        }

        return removed;
    }
}
