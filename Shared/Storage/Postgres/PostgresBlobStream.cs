using System.Buffers;
using System.Data;
using Npgsql;

namespace LaserGrains.Shared.Storage.Postgres;

/// <summary>
/// A seekable read-only stream over a blob's chunks that holds one chunk at a time and fetches the next when a read
/// reaches it; each fetch borrows a pooled connection only for that query, so a slow reader holds no connection.
/// </summary>
internal sealed class PostgresBlobStream : Stream
{
    private const string ChunkQuery = "SELECT data FROM lg_blob_chunks WHERE content_id = @id AND ordinal = @ordinal";

    private readonly NpgsqlDataSource _db;
    private readonly string _sha;
    private BlobLocation? _location;
    private byte[]? _chunk;
    private int _chunkLength;
    private long _chunkOrdinal = -1;
    private long _position;

    public PostgresBlobStream(NpgsqlDataSource db, string sha256, BlobLocation? location) => (_db, _sha, _location) = (db, sha256, location);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => Location().Size;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public static async Task<BlobLocation?> LocateAsync(NpgsqlDataSource db, string sha256, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(BlobLocation.Query);
        cmd.Parameters.AddWithValue("sha", sha256);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new BlobLocation(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2)) : null;
    }

    public override int Read(Span<byte> buffer)
    {
        var where = Location();
        if (_position >= where.Size || buffer.IsEmpty) return 0;
        var ordinal = _position / where.ChunkBytes;
        if (ordinal != _chunkOrdinal) Fetch(where, ordinal, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return CopyOut(where, buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var where = _location ??= await LocateAsync(_db, _sha, cancellationToken) ?? throw Missing();
        if (_position >= where.Size || buffer.IsEmpty) return 0;
        var ordinal = _position / where.ChunkBytes;
        if (ordinal != _chunkOrdinal) await Fetch(where, ordinal, async: true, cancellationToken);
        return CopyOut(where, buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => Length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void Flush() { }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _chunk is not null)
        {
            ArrayPool<byte>.Shared.Return(_chunk);
            _chunk = null;
        }

        base.Dispose(disposing);
    }

    private int CopyOut(BlobLocation where, Span<byte> buffer)
    {
        var inChunk = (int)(_position - (_chunkOrdinal * where.ChunkBytes));
        var count = Math.Min(buffer.Length, _chunkLength - inChunk);
        _chunk.AsSpan(inChunk, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    // Sync callers (extractors, on a thread-pool thread) and async callers share one path.
    private async Task Fetch(BlobLocation where, long ordinal, bool async, CancellationToken cancellationToken)
    {
        _chunk ??= ArrayPool<byte>.Shared.Rent(where.ChunkBytes);
        await using var cmd = _db.CreateCommand(ChunkQuery);
        cmd.Parameters.AddWithValue("id", where.ContentId);
        cmd.Parameters.AddWithValue("ordinal", (int)ordinal);
        await using var reader = async
            ? await cmd.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken)
            : cmd.ExecuteReader(CommandBehavior.SequentialAccess);
        if (!(async ? await reader.ReadAsync(cancellationToken) : reader.Read()))
        {
            throw new IOException($"Chunk {ordinal} of blob {_sha} is missing from the PostgreSQL blob store.");
        }

        await using var column = async ? await reader.GetStreamAsync(0, cancellationToken) : reader.GetStream(0);
        var room = _chunk.AsMemory(0, where.ChunkBytes);
        _chunkLength = async
            ? await column.ReadAtLeastAsync(room, room.Length, throwOnEndOfStream: false, cancellationToken)
            : column.ReadAtLeast(room.Span, room.Length, throwOnEndOfStream: false);
        _chunkOrdinal = ordinal;
    }

    private BlobLocation Location()
    {
        if (_location is not null) return _location;
        using var cmd = _db.CreateCommand(BlobLocation.Query);
        cmd.Parameters.AddWithValue("sha", _sha);
        using var reader = cmd.ExecuteReader();
        _location = reader.Read() ? new BlobLocation(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2)) : throw Missing();
        return _location;
    }

    private FileNotFoundException Missing() => new($"No blob {_sha} in the PostgreSQL blob store.");
}
