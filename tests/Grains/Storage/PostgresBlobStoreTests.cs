using LaserGrains.Shared.Storage;
using LaserGrains.Shared.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace LaserGrains.Tests.Grains.Storage;

/// <summary>The PostgreSQL blob store on a real database: streaming in chunks, reading back and seeking, dedupe, concurrent writers, limits.</summary>
public sealed class PostgresBlobStoreTests(PostgresBlobFixture fixture) : IClassFixture<PostgresBlobFixture>
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Put_FileLargerThanAChunk_IsStoredInChunks_AndReadsBackWhole()
    {
        var bytes = PostgresBlobFixture.RandomBytes((2 * PostgresBlobStore.ChunkBytes) + 12_345);
        var store = fixture.Store(_clock);

        var blob = await store.PutAsync(new TrickleStream(bytes), long.MaxValue, CancellationToken.None);

        Assert.Equal(PostgresBlobFixture.Sha(bytes), blob.Sha256);
        Assert.Equal(bytes.Length, blob.Size);
        Assert.Equal(3, await fixture.ChunksOfAsync(blob.Sha256));
        await using var read = await store.OpenReadAsync(blob.Sha256, CancellationToken.None);
        Assert.Equal(bytes.Length, read.Length);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task OpenRead_SeeksAcrossChunks_AndReadsSynchronously()
    {
        var bytes = PostgresBlobFixture.RandomBytes(PostgresBlobStore.ChunkBytes + 777);
        var store = fixture.Store(_clock);
        var blob = await store.PutAsync(new MemoryStream(bytes), long.MaxValue, CancellationToken.None);

        using var read = store.OpenRead(blob.Sha256);
        read.Seek(PostgresBlobStore.ChunkBytes - 10, SeekOrigin.Begin);
        var across = new byte[20];
        read.ReadExactly(across);

        Assert.Equal(bytes.AsSpan(PostgresBlobStore.ChunkBytes - 10, 20).ToArray(), across);
        read.Position = 3;
        Assert.Equal(bytes[3], (byte)read.ReadByte());
        read.Seek(-1, SeekOrigin.End);
        Assert.Equal(bytes[^1], (byte)read.ReadByte());
        Assert.Equal(-1, read.ReadByte());
    }

    [Fact]
    public async Task Put_SameBytesTwice_StoresThemOnce_AndRefreshesTheirTime()
    {
        var bytes = PostgresBlobFixture.RandomBytes(PostgresBlobStore.ChunkBytes + 1);
        var store = fixture.Store(_clock);
        var first = await store.PutAsync(new MemoryStream(bytes), long.MaxValue, CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(2));

        var second = await store.PutAsync(new MemoryStream(bytes), long.MaxValue, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM lg_blobs WHERE sha256 = @sha", first.Sha256));
        Assert.Equal(2, await fixture.ChunksOfAsync(first.Sha256));
        var written = store.List().Single(b => b.Sha256 == first.Sha256).WrittenAtUtc;
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, written);
    }

    [Fact]
    public async Task Put_SameContentConcurrently_OneCopyStays_NoStrayChunks()
    {
        var bytes = PostgresBlobFixture.RandomBytes((3 * PostgresBlobStore.ChunkBytes) / 2);
        var sha = PostgresBlobFixture.Sha(bytes);
        var store = fixture.Store(_clock);
        var before = await fixture.CountAsync("SELECT count(*) FROM lg_blob_chunks");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => store.PutAsync(new TrickleStream(bytes), long.MaxValue, CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(sha, r.Sha256));
        Assert.Equal(2, await fixture.ChunksOfAsync(sha));
        Assert.Equal(before + 2, await fixture.CountAsync("SELECT count(*) FROM lg_blob_chunks"));
        await using var read = await store.OpenReadAsync(sha, CancellationToken.None);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task Put_PastTheLimit_Throws_AndLeavesNoChunk()
    {
        var store = fixture.Store(_clock);
        var before = await fixture.CountAsync("SELECT count(*) FROM lg_blob_chunks");
        var bytes = PostgresBlobFixture.RandomBytes((2 * PostgresBlobStore.ChunkBytes) + 5);

        await Assert.ThrowsAsync<BlobTooLargeException>(() => store.PutAsync(new TrickleStream(bytes), PostgresBlobStore.ChunkBytes + 100, CancellationToken.None));

        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM lg_blob_chunks"));
        Assert.False(store.Exists(PostgresBlobFixture.Sha(bytes)));
    }

    [Fact]
    public async Task OpenRead_UnknownBlob_IsFileNotFound()
    {
        var store = fixture.Store(_clock);
        var unknown = new string('a', 64);

        await Assert.ThrowsAsync<FileNotFoundException>(() => store.OpenReadAsync(unknown, CancellationToken.None));
        using var lazy = store.OpenRead(unknown);
        Assert.Throws<FileNotFoundException>(() => lazy.ReadByte());
        Assert.Null(await store.ProblemAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Put_EmptyFile_ReadsBackEmpty()
    {
        var store = fixture.Store(_clock);

        var blob = await store.PutAsync(new MemoryStream(), long.MaxValue, CancellationToken.None);

        await using var read = await store.OpenReadAsync(blob.Sha256, CancellationToken.None);
        Assert.Equal(0, read.Length);
        Assert.Equal(-1, read.ReadByte());
    }
}
