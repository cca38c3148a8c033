using Npgsql;

namespace LaserGrains.Shared.Storage.Postgres;

/// <summary>Library entries (lg_library) and the reference count they hold on a blob, changed together in one transaction.</summary>
public sealed partial class PostgresBlobStore
{
    private const string Remove = """
        WITH gone AS (DELETE FROM lg_library WHERE path = @path RETURNING sha256)
        UPDATE lg_blobs b SET ref_count = b.ref_count - 1 FROM gone WHERE b.sha256 = gone.sha256
        """;

    public async Task<bool> AddAsync(string path, string sha256, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Checked(sha256);
        while (true)
        {
            await using var connection = await _db.OpenConnectionAsync(cancellationToken);
            await using (var tx = await connection.BeginTransactionAsync(cancellationToken))
            {
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO lg_library (path, sha256, linked_at) VALUES (@path, @sha, @now) ON CONFLICT (path) DO NOTHING", connection, tx);
                insert.Parameters.AddWithValue("path", path);
                insert.Parameters.AddWithValue("sha", sha256);
                insert.Parameters.AddWithValue("now", _time.GetUtcNow());
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    await using var count = new NpgsqlCommand("UPDATE lg_blobs SET ref_count = ref_count + 1 WHERE sha256 = @sha", connection, tx);
                    count.Parameters.AddWithValue("sha", sha256);
                    await count.ExecuteNonQueryAsync(cancellationToken); // the foreign key already refused a blob that is not stored
                    await tx.CommitAsync(cancellationToken);
                    return true;
                }
            }

            await using var holder = new NpgsqlCommand("SELECT sha256 FROM lg_library WHERE path = @path", connection);
            holder.Parameters.AddWithValue("path", path);
            // Null: the entry was removed in between; try again.
            if (await holder.ExecuteScalarAsync(cancellationToken) is string held) return held == sha256;
        }
    }

    public async Task RemoveAsync(string path, CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand(Remove);
        cmd.Parameters.AddWithValue("path", path);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
