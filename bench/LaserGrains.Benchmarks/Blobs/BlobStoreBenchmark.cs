using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LaserGrains.Shared.Storage;

namespace LaserGrains.Benchmarks.Blobs;

/// <summary>Upload (put, hashing on the way) and download (read to the end) of one 16 MiB file in each blob store.</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortJob))]
public class BlobStoreBenchmark
{
    private const int Size = 16 * 1024 * 1024;
    private BlobStores _stores = null!;
    private IBlobStore _store = null!;
    private byte[] _content = null!;
    private string _stored = "";
    private int _seed;

    [Params("filesystem", "postgres")]
    public string Store { get; set; } = "filesystem";

    [GlobalSetup]
    public void Setup()
    {
        _stores = BlobStores.CreateAsync().GetAwaiter().GetResult();
        _store = _stores.Store(Store);
        _content = BlobStores.Content(Size, 1);
        _stored = _store.PutAsync(new MemoryStream(_content), long.MaxValue, CancellationToken.None).GetAwaiter().GetResult().Sha256;
    }

    [GlobalCleanup]
    public void Cleanup() => _stores.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>New content each time (one changed byte), so the store really writes.</summary>
    [Benchmark]
    public async Task<long> Upload16MiB()
    {
        _content[0] = (byte)Interlocked.Increment(ref _seed);
        _content[1] = (byte)(_seed >> 8);
        return (await _store.PutAsync(new MemoryStream(_content), long.MaxValue, CancellationToken.None)).Size;
    }

    [Benchmark]
    public async Task<long> Download16MiB()
    {
        await using var read = await _store.OpenReadAsync(_stored, CancellationToken.None);
        await read.CopyToAsync(Stream.Null);
        return read.Length;
    }
}

/// <summary>In process (building a boilerplate project times out on the shared machine), few iterations of a few invocations: each moves 16 MiB.</summary>
public sealed class InProcessShortJob : ManualConfig
{
    public InProcessShortJob() =>
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(4).WithUnrollFactor(1));
}
