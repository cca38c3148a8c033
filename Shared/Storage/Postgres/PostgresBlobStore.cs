using Microsoft.Extensions.Options;
using Npgsql;

namespace LaserGrains.Shared.Storage.Postgres;

/// <summary>
/// Blob store in PostgreSQL that every machine reaches: bytes in chunks (lg_blob_chunks) named by their SHA-256 (lg_blobs),
/// reference-counted by library entries (lg_library). The only writer of those tables. Partial files: Write, Collect, References.
/// </summary>
public sealed partial class PostgresBlobStore : IBlobStore, IBlobReferences
{
    /// <summary>Bytes per chunk: large enough that a chunk's row costs little, small enough that a stream holds one at a time.</summary>
    public const int ChunkBytes = 512 * 1024;

    private readonly NpgsqlDataSource _db;
    private readonly TimeProvider _time;
    private readonly string _spool;

    public PostgresBlobStore(NpgsqlDataSource db, IOptions<BlobStoreOptions> options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _time = time ?? TimeProvider.System;
        // Archives are spooled locally (a zip needs seeking); nothing else of the store touches the disk.
        _spool = Path.Combine(Path.GetFullPath(options.Value.Root), "incoming");
    }

    public Stream OpenRead(string sha256) => new PostgresBlobStream(_db, Checked(sha256), location: null);

    public async Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var location = await PostgresBlobStream.LocateAsync(_db, Checked(sha256), cancellationToken)
            ?? throw new FileNotFoundException($"No blob {sha256} in the PostgreSQL blob store.");
        return new PostgresBlobStream(_db, sha256, location);
    }

    public bool Exists(string sha256)
    {
        using var cmd = _db.CreateCommand("SELECT EXISTS (SELECT 1 FROM lg_blobs WHERE sha256 = @sha)");
        cmd.Parameters.AddWithValue("sha", Checked(sha256));
        return (bool)cmd.ExecuteScalar()!;
    }

    public Task<Stream> SpoolAsync(Stream content, long maxBytes, CancellationToken cancellationToken) =>
        LocalSpool.SpoolAsync(_spool, content, maxBytes, cancellationToken);

    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var cmd = _db.CreateCommand(
                "SELECT to_regclass('lg_blobs') IS NOT NULL AND to_regclass('lg_blob_chunks') IS NOT NULL AND to_regclass('lg_library') IS NOT NULL");
            return (bool)(await cmd.ExecuteScalarAsync(cancellationToken))!
                ? null
                : "the PostgreSQL blob store has no tables in this database (lg_blobs, lg_blob_chunks, lg_library): run deploy/migrate.sh.";
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return $"cannot reach the PostgreSQL blob store: {ex.Message}";
        }
    }

    internal static string Checked(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A blob is addressed by a 64-character lower-case hex SHA-256.", nameof(sha256));
        }

        return sha256;
    }
}
