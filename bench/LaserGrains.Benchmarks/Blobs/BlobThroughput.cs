using System.Diagnostics;
using System.Globalization;

namespace LaserGrains.Benchmarks.Blobs;

/// <summary>
/// --blob-throughput [files] [MiB]: puts and reads N files of M MiB in each store and prints what load cannot distort
/// (CPU ms of this process per MiB, PostgreSQL transactions per put, table bytes per stored byte) beside wall-clock MiB/s.
/// </summary>
internal static class BlobThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        var mib = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        await using var stores = await BlobStores.CreateAsync();
        Console.WriteLine($"{files} files of {mib} MiB, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine("store | upload MiB/s | upload CPU ms/MiB | download MiB/s | download CPU ms/MiB | PG transactions per put | table bytes per byte");
        foreach (var kind in new[] { "filesystem", "postgres" })
        {
            var store = stores.Store(kind);
            var contents = Enumerable.Range(0, files).Select(i => BlobStores.Content(mib * 1024 * 1024, (kind.Length * 1000) + i)).ToList();
            var xact0 = await stores.Database.ScalarAsync<long>($"SELECT xact_commit FROM pg_stat_database WHERE datname = '{stores.Database.Name}'");
            var (upWall, upCpu, shas) = await MeasureAsync(async () =>
            {
                var list = new List<string>();
                foreach (var c in contents) list.Add((await store.PutAsync(new MemoryStream(c), long.MaxValue, CancellationToken.None)).Sha256);
                return list;
            });
            await Task.Delay(600); // pg_stat_database is updated by the backends about every 500 ms
            var xact1 = await stores.Database.ScalarAsync<long>($"SELECT xact_commit FROM pg_stat_database WHERE datname = '{stores.Database.Name}'");
            var (downWall, downCpu, _) = await MeasureAsync(async () =>
            {
                foreach (var sha in shas)
                {
                    await using var read = await store.OpenReadAsync(sha, CancellationToken.None);
                    await read.CopyToAsync(Stream.Null);
                }

                return shas;
            });
            var total = (double)files * mib;
            var perPut = kind == "postgres" ? ((xact1 - xact0 - 1) / (double)files).ToString("F1", CultureInfo.InvariantCulture) : "–";
            var tableBytes = kind == "postgres"
                ? (await stores.Database.ScalarAsync<long>("SELECT pg_total_relation_size('lg_blob_chunks')") / (total * 1024 * 1024)).ToString("F3", CultureInfo.InvariantCulture)
                : "–";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind} | {total / upWall.TotalSeconds:F0} | {upCpu.TotalMilliseconds / total:F1} | {total / downWall.TotalSeconds:F0} | {downCpu.TotalMilliseconds / total:F1} | {perPut} | {tableBytes}"));
        }

        return 0;
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu, T Result)> MeasureAsync<T>(Func<Task<T>> work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        process.Refresh();
        return (clock.Elapsed, process.TotalProcessorTime - cpu0, result);
    }
}
