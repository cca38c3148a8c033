using LaserGrains.Shared.Storage;
using LaserGrains.Shared.Storage.Postgres;
using LaserGrains.Tests.Common;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LaserGrains.Benchmarks.Blobs;

/// <summary>Both blob stores on a throw-away database and temp folder, as the silo and gateway would build them.</summary>
internal sealed class BlobStores : IAsyncDisposable
{
    private BlobStores(TestDatabase database, NpgsqlDataSource db, string root) => (Database, Db, Root) = (database, db, root);

    public TestDatabase Database { get; }

    public NpgsqlDataSource Db { get; }

    public string Root { get; }

    public static async Task<BlobStores> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var root = Path.Combine(Path.GetTempPath(), "lg-blob-bench-" + Guid.NewGuid().ToString("N")[..8]);
        return new BlobStores(database, database.CreateDataSource(), root);
    }

    public IBlobStore Store(string kind)
    {
        var options = Options.Create(new BlobStoreOptions { Root = Root });
        return kind == "postgres" ? new PostgresBlobStore(Db, options) : new FileSystemBlobStore(options);
    }

    /// <summary>Bytes that differ per <paramref name="seed"/>, so every put stores new content.</summary>
    public static byte[] Content(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
