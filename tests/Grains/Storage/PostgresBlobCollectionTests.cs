using LaserGrains.Grains.Files;
using LaserGrains.Grains.Storage;
using LaserGrains.Shared.Catalog;
using LaserGrains.Shared.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LaserGrains.Tests.Grains.Storage;

/// <summary>Reference counts held by library entries, and the collector's grace period, on the PostgreSQL blob store.</summary>
public sealed class PostgresBlobCollectionTests(PostgresBlobFixture fixture) : IClassFixture<PostgresBlobFixture>
{
    private static readonly TimeSpan Grace = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task LibraryEntries_CountReferences_AndANameHeldByOtherBytesIsSuffixed()
    {
        var store = fixture.Store(_clock);
        var library = new PostgresLibrary(store);
        var a = await store.PutAsync(new MemoryStream(PostgresBlobFixture.RandomBytes(1001)), long.MaxValue, CancellationToken.None);
        var b = await store.PutAsync(new MemoryStream(PostgresBlobFixture.RandomBytes(1002)), long.MaxValue, CancellationToken.None);

        var first = await library.LinkAsync(a.Sha256, "CL1/JB-1/part-v1.dxf", CancellationToken.None);
        var again = await library.LinkAsync(a.Sha256, "CL1/JB-1/part-v1.dxf", CancellationToken.None);
        var other = await library.LinkAsync(b.Sha256, "CL1/JB-1/part-v1.dxf", CancellationToken.None);
        var second = await library.LinkAsync(a.Sha256, "CL2/JB-2/part-v1.dxf", CancellationToken.None);

        Assert.Equal("CL1/JB-1/part-v1.dxf", first);
        Assert.Equal(first, again);
        Assert.Equal("CL1/JB-1/part-v1~1.dxf", other);
        Assert.Equal("CL2/JB-2/part-v1.dxf", second);
        Assert.Equal(2, await RefCountAsync(a.Sha256));
        Assert.Equal(1, await RefCountAsync(b.Sha256));
        await library.UnlinkAsync(first, CancellationToken.None);
        await library.UnlinkAsync(first, CancellationToken.None); // twice: counted once
        Assert.Equal(1, await RefCountAsync(a.Sha256));
        await Assert.ThrowsAsync<ArgumentException>(() => library.LinkAsync(a.Sha256, "CL1/../x.dxf", CancellationToken.None));
    }

    [Fact]
    public async Task CollectIfOlder_KeepsReferencedAndYoungBlobs_FreesTheRest()
    {
        var store = fixture.Store(_clock);
        var referenced = await store.PutAsync(new MemoryStream(PostgresBlobFixture.RandomBytes(PostgresBlobStore.ChunkBytes + 3)), long.MaxValue, CancellationToken.None);
        var orphan = await store.PutAsync(new MemoryStream(PostgresBlobFixture.RandomBytes(2003)), long.MaxValue, CancellationToken.None);
        await store.AddAsync("CL9/JB-9/kept-v1.dxf", referenced.Sha256, CancellationToken.None);

        Assert.False(store.CollectIfOlder(orphan.Sha256, _clock.GetUtcNow() - Grace)); // younger than the grace period
        _clock.Advance(Grace + TimeSpan.FromMinutes(1));
        var cutoff = _clock.GetUtcNow() - Grace;

        Assert.DoesNotContain(store.List(), s => s.Sha256 == referenced.Sha256);
        Assert.False(store.CollectIfOlder(referenced.Sha256, cutoff));
        Assert.True(store.CollectIfOlder(orphan.Sha256, cutoff));
        Assert.Equal(0, await fixture.ChunksOfAsync(orphan.Sha256));
        Assert.False(store.Exists(orphan.Sha256));
        Assert.True(store.Exists(referenced.Sha256));
    }

    [Fact]
    public async Task Collector_FreesOnlyBytesNoCatalogRowNorEntryHolds_AfterTheGracePeriod()
    {
        var store = fixture.Store(_clock);
        var inCatalog = await store.PutAsync(new MemoryStream(PostgresBlobFixture.RandomBytes(3001)), long.MaxValue, CancellationToken.None);
        var refusedEntry = await store.PutAsync(new MemoryStream(PostgresBlobFixture.RandomBytes(3002)), long.MaxValue, CancellationToken.None);
        await InsertCatalogRowAsync(inCatalog.Sha256);
        var collector = new BlobCollector(store, new PostgresFileCatalog(fixture.Db), _clock,
            Options.Create(new FileGrainOptions { BlobGracePeriod = Grace }), NullLogger<BlobCollector>.Instance);

        await collector.CollectAsync(CancellationToken.None);
        Assert.True(store.Exists(refusedEntry.Sha256)); // an upload in flight looks the same: the grace period protects it

        _clock.Advance(Grace + TimeSpan.FromSeconds(1));
        var uploadedAgain = await store.PutAsync(new MemoryStream(PostgresBlobFixture.RandomBytes(3001)), long.MaxValue, CancellationToken.None);
        await collector.CollectAsync(CancellationToken.None);

        Assert.False(store.Exists(refusedEntry.Sha256));
        Assert.True(store.Exists(inCatalog.Sha256));
        Assert.Equal(inCatalog, uploadedAgain);
    }

    private Task<long> RefCountAsync(string sha) => fixture.CountAsync("SELECT ref_count FROM lg_blobs WHERE sha256 = @sha", sha);

    private async Task InsertCatalogRowAsync(string sha)
    {
        var id = await fixture.CountAsync("SELECT nextval('lg_ingest_id_seq')");
        await using var cmd = fixture.Db.CreateCommand("""
            INSERT INTO lg_files (ingest_id, revision, original_filename, kind, file_size, sha256, status, created_at, updated_at, record)
            VALUES (@id, 1, 'kept.dxf', 'dxf', 3001, @sha, 'failed', now(), now(), '{}')
            """);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("sha", sha);
        await cmd.ExecuteNonQueryAsync();
    }
}
