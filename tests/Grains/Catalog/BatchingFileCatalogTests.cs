using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Catalog;
using LaserGrains.Tests.Common;
using Npgsql;

namespace LaserGrains.Tests.Grains.Catalog;

/// <summary>The silo's batching catalog writer against a real PostgreSQL database.</summary>
public sealed class BatchingFileCatalogTests : IAsyncLifetime, IDisposable
{
    private TestDatabase _db = null!;
    private NpgsqlDataSource _dataSource = null!;
    private BatchingFileCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _dataSource = _db.CreateDataSource();
        _catalog = new BatchingFileCatalog(new PostgresFileCatalog(_dataSource));
    }

    public void Dispose() => _catalog.Dispose();

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _db.DisposeAsync();
    }

    private static FileRecord Record(long id, string name = "part.dxf", string? sha = null) => new()
    {
        IngestId = id, OriginalFilename = name, Kind = FileKind.DxfAscii, FileSize = 150, Sha256 = sha ?? new string('b', 64),
        Status = FileStatus.Completed, Metadata = new FileMetadata { Quantity = new MetadataField<int>(3, MetadataSource.UploadHint, 1) },
        CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task ConcurrentUpserts_ShareTransactions_AndEveryRowLands()
    {
        var writes = Enumerable.Range(1, 200).Select(i => _catalog.UpsertAsync(Record(i), 1, $"text {i}", CancellationToken.None)).ToList();
        await Task.WhenAll(writes);

        Assert.Equal(200L, await _db.ScalarAsync<long>("SELECT count(*) FROM lg_files"));
        Assert.Equal(3, await _db.ScalarAsync<int>("SELECT quantity FROM lg_files WHERE ingest_id = 17"));
        Assert.Equal("text 17", await _db.ScalarAsync<string>("SELECT search_text FROM lg_files WHERE ingest_id = 17"));
        Assert.True(await _db.ScalarAsync<bool>("SELECT search @@ to_tsquery('simple', '17') FROM lg_files WHERE ingest_id = 17"));
        // Rows written by one transaction share its id (xmin): 200 grains, a handful of commits.
        var transactions = await _db.ScalarAsync<long>("SELECT count(DISTINCT xmin::text) FROM lg_files");
        Assert.InRange(transactions, 1, 20);
    }

    [Fact]
    public async Task NewestRevisionWins_InABatchAndAcrossBatches()
    {
        await _catalog.UpsertAsync(Record(5, "r5.dxf"), 5, null, CancellationToken.None);
        await Task.WhenAll(
            _catalog.UpsertAsync(Record(5, "r3.dxf"), 3, null, CancellationToken.None),
            _catalog.UpsertAsync(Record(5, "r7.dxf"), 7, null, CancellationToken.None),
            _catalog.UpsertAsync(Record(5, "r6.dxf"), 6, null, CancellationToken.None));
        await _catalog.UpsertAsync(Record(5, "r4.dxf"), 4, null, CancellationToken.None);

        Assert.Equal("r7.dxf", await _db.ScalarAsync<string>("SELECT original_filename FROM lg_files WHERE ingest_id = 5"));
        Assert.Equal(7L, await _db.ScalarAsync<long>("SELECT revision FROM lg_files WHERE ingest_id = 5"));
    }

    [Fact]
    public async Task ARowTheDatabaseRefuses_FailsOnlyItsOwnCaller()
    {
        var writes = Enumerable.Range(1, 30)
            .Select(i => _catalog.UpsertAsync(Record(i, sha: i == 13 ? new string('c', 65) : null), 1, null, CancellationToken.None))
            .ToList();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => writes[12]);
        Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, refused.SqlState);
        await Task.WhenAll(writes.Where((_, i) => i != 12));
        Assert.Equal(29L, await _db.ScalarAsync<long>("SELECT count(*) FROM lg_files"));
    }

    [Fact]
    public async Task AnOutage_FailsEveryCallerOfTheBatch()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(_db.ConnectionString) { Port = FreePorts.Next(), Timeout = 2 };
        await using var dead = NpgsqlDataSource.Create(unreachable.ConnectionString);
        using var catalog = new BatchingFileCatalog(new PostgresFileCatalog(dead));

        var writes = Enumerable.Range(1, 10).Select(i => catalog.UpsertAsync(Record(i), 1, null, CancellationToken.None)).ToList();

        foreach (var write in writes) await Assert.ThrowsAnyAsync<NpgsqlException>(() => write);
    }
}
