using LaserGrains.Shared.Storage;
using LaserGrains.Shared.Storage.Postgres;
using LaserGrains.Tests.Common;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace LaserGrains.Tests.Grains.Storage;

/// <summary>One throw-away database with the schema for the blob store tests; each test makes its own store and bytes.</summary>
public sealed class PostgresBlobFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public NpgsqlDataSource Db { get; private set; } = null!;

    public string SpoolRoot { get; } = Path.Combine(Path.GetTempPath(), "lg-pgblob-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Db = Database.CreateDataSource();
    }

    public PostgresBlobStore Store(FakeTimeProvider clock) => new(Db, Options.Create(new BlobStoreOptions { Root = SpoolRoot }), clock);

    public async Task<long> CountAsync(string sql, string? sha = null)
    {
        await using var cmd = Db.CreateCommand(sql);
        if (sha is not null) cmd.Parameters.AddWithValue("sha", sha);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Chunk rows of the blob named <paramref name="sha"/> (0 when it is not stored).</summary>
    public Task<long> ChunksOfAsync(string sha) =>
        CountAsync("SELECT count(*) FROM lg_blob_chunks c JOIN lg_blobs b ON b.content_id = c.content_id WHERE b.sha256 = @sha", sha);

    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    public static string Sha(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(SpoolRoot)) Directory.Delete(SpoolRoot, recursive: true);
    }
}

/// <summary>A stream that hands out its bytes in small, uneven pieces and cannot seek, like a request body.</summary>
public sealed class TrickleStream(byte[] bytes) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, 70_001), bytes.Length - _position);
        Array.Copy(bytes, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
