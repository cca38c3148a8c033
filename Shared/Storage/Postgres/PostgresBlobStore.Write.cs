using System.Buffers;
using System.Security.Cryptography;
using LaserGrains.Grains.Interfaces.Files;
using Npgsql;

namespace LaserGrains.Shared.Storage.Postgres;

/// <summary>Writing: chunks go in as they arrive, hashed on the way, under a fresh content id; the hash names them at the end.</summary>
public sealed partial class PostgresBlobStore
{
    private const string InsertChunk = "INSERT INTO lg_blob_chunks (content_id, ordinal, data) VALUES (@id, @ordinal, @data)";

    // Same bytes stored already: theirs stay, only their time moves (so the grace period counts from this upload).
    private const string NameContent = """
        INSERT INTO lg_blobs (sha256, content_id, size_bytes, chunk_bytes, written_at) VALUES (@sha, @id, @size, @chunk, @now)
        ON CONFLICT (sha256) DO UPDATE SET written_at = GREATEST(lg_blobs.written_at, EXCLUDED.written_at)
        RETURNING content_id
        """;

    /// <summary>
    /// One transaction per upload: an upload that breaks off (or a process that dies) leaves nothing behind, and two
    /// uploads of the same bytes meet at the unique hash, where the second waits for the first and drops its own chunks.
    /// </summary>
    public async Task<BlobRef> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        long contentId;
        await using (var next = new NpgsqlCommand("SELECT nextval('lg_blob_content_seq')", connection, tx))
        {
            contentId = (long)(await next.ExecuteScalarAsync(cancellationToken))!;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var size = await WriteChunksAsync(connection, tx, contentId, content, hash, maxBytes, cancellationToken);
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        await using (var name = new NpgsqlCommand(NameContent, connection, tx))
        {
            name.Parameters.AddWithValue("sha", sha);
            name.Parameters.AddWithValue("id", contentId);
            name.Parameters.AddWithValue("size", size);
            name.Parameters.AddWithValue("chunk", ChunkBytes);
            name.Parameters.AddWithValue("now", _time.GetUtcNow());
            var owner = (long)(await name.ExecuteScalarAsync(cancellationToken))!;
            if (owner != contentId)
            {
                await using var drop = new NpgsqlCommand("DELETE FROM lg_blob_chunks WHERE content_id = @id", connection, tx);
                drop.Parameters.AddWithValue("id", contentId);
                await drop.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await tx.CommitAsync(cancellationToken);
        return new BlobRef(sha, size);
    }

    private static async Task<long> WriteChunksAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, long contentId, Stream content, IncrementalHash hash, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            await using var insert = new NpgsqlCommand(InsertChunk, connection, tx);
            var ordinal = new NpgsqlParameter<int>("ordinal", 0);
            var data = new NpgsqlParameter<ReadOnlyMemory<byte>>("data", ReadOnlyMemory<byte>.Empty);
            insert.Parameters.Add(new NpgsqlParameter<long>("id", contentId));
            insert.Parameters.Add(ordinal);
            insert.Parameters.Add(data);
            long size = 0;
            for (var n = 0; ; n++)
            {
                // Every chunk but the last is full, so a reader finds any offset by division.
                var read = await content.ReadAtLeastAsync(buffer.AsMemory(0, ChunkBytes), ChunkBytes, throwOnEndOfStream: false, cancellationToken);
                if (read == 0) return size;
                size += read;
                if (size > maxBytes) throw new BlobTooLargeException(maxBytes);
                hash.AppendData(buffer, 0, read);
                ordinal.TypedValue = n;
                data.TypedValue = buffer.AsMemory(0, read);
                await insert.ExecuteNonQueryAsync(cancellationToken);
                if (read < ChunkBytes) return size;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
