using System.Diagnostics;
using System.Globalization;
using System.Text;
using LaserGrains.Grains;
using LaserGrains.Grains.Files;
using LaserGrains.Grains.Hosting;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Storage;

namespace LaserGrains.Benchmarks;

/// <summary>
/// Bytes per active FileGrain: an in-process silo with the real composition on a PostgreSQL database (schema applied)
/// stores N copies of one processed small DXF's state, then activates all N and reports the RSS and managed-heap
/// growth per activation after full collections. Usage: --grain-memory N "connection string".
/// </summary>
public static class GrainMemory
{
    private const string Dxf = "0\nSECTION\n2\nENTITIES\n0\nCIRCLE\n8\n0\n10\n0\n20\n0\n40\n5\n0\nENDSEC\n0\nEOF\n";

    public static async Task<int> RunAsync(string[] args)
    {
        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        var root = Path.Combine(Path.GetTempPath(), "lg-grain-memory-" + Guid.NewGuid().ToString("N")[..8]);
        using var host = new HostBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = args[1],
                ["Storage:Root"] = root,
            }))
            .UseOrleans(silo => silo.UseLocalhostClustering(siloPort: 6212, gatewayPort: 6231).AddLaserGrains()
                // Kept active for the whole measurement, however long the activations take.
                .Configure<GrainCollectionOptions>(o => o.ClassSpecificCollectionAge[typeof(FileGrain).FullName!] = TimeSpan.FromHours(2)))
            .Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var storage = host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Files);
        var baseId = 900_000_000L + (Environment.TickCount64 % 1_000_000 * 1_000);

        var state = await ProcessedStateAsync(host.Services, grains, storage, baseId);
        Console.WriteLine($"sample state: {state.Status}, {state.Kind}, outbox {state.Outbox.Count}");
        await ForAllAsync(n, 8, async i =>
        {
            var copy = new GrainState<FileState>(state);
            await storage.WriteStateAsync("file", grains.GetGrain<IFileGrain>(baseId + 1 + i).GetGrainId(), copy);
        });

        var (rss0, heap0) = Measure();
        var watch = Stopwatch.StartNew();
        await ForAllAsync(n, 16, async i => _ = await grains.GetGrain<IFileGrain>(baseId + 1 + i).GetAsync());
        var (rss1, heap1) = Measure();
        Console.WriteLine($"{n} activations in {watch.Elapsed.TotalSeconds:F0} s: RSS +{(rss1 - rss0) / (double)n:F0} B/grain, managed heap +{(heap1 - heap0) / (double)n:F0} B/grain (RSS {rss0 >> 20} → {rss1 >> 20} MiB)");
        await host.StopAsync();
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        return 0;
    }

    // One file through the real ingest path, its settled state read back from storage (effects recorded as done).
    private static async Task<FileState> ProcessedStateAsync(IServiceProvider services, IGrainFactory grains, IGrainStorage storage, long id)
    {
        var blob = await services.GetRequiredService<IBlobStore>().PutAsync(new MemoryStream(Encoding.UTF8.GetBytes(Dxf + "999\n" + id + "\n")), 1 << 20, CancellationToken.None);
        var grain = grains.GetGrain<IFileGrain>(id);
        var accepted = await grain.IngestAsync(new IngestRequest(blob, "CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v1.dxf", UploadHints.None, DateTimeOffset.UtcNow));
        await grain.WaitSettledAsync(new FileProgress(accepted, true), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);
        var stored = new GrainState<FileState>(new FileState());
        await storage.ReadStateAsync("file", grain.GetGrainId(), stored);
        stored.State!.Outbox.Clear();
        stored.State.ProjectedRevision = stored.State.Revision;
        return stored.State;
    }

    private static async Task ForAllAsync(int n, int width, Func<int, Task> work)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, width).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < n; i = Interlocked.Increment(ref next)) await work(i);
        }));
    }

    private static (long Rss, long Heap) Measure()
    {
        for (var i = 0; i < 3; i++) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        return (self.WorkingSet64, heap);
    }
}
