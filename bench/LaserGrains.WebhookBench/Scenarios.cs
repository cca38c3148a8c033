using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Tests.Common;

namespace LaserGrains.WebhookBench;

/// <summary>The two measurements: sustained deliveries per second, and latency from the state change to arrival at a paced rate.</summary>
public static class Scenarios
{
    private const int EventsPerFile = 4;
    private const int Publishers = 64;
    private static readonly string Filler = new('x', 600); // about the size of a real file_data block

    /// <summary>As fast as 64 concurrent publishers (standing in for FileGrains) can hand events over, 4 ordered events per file.</summary>
    public static async Task ThroughputAsync(BenchCluster bench, int events)
    {
        var files = events / EventsPerFile;
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        var publishers = Enumerable.Range(0, Publishers).Select(async _ =>
        {
            int file;
            while ((file = Interlocked.Increment(ref next)) < files)
            {
                for (var seq = 1; seq <= EventsPerFile; seq++) await PublishAsync(bench, "t", 1_000_000 + file, seq);
            }
        });
        await Task.WhenAll(publishers);
        var published = stopwatch.Elapsed;
        await Eventually.GetAsync(() => Task.FromResult(bench.Receiver.Latencies("evt_t").Count), n => n == files * EventsPerFile,
            TimeSpan.FromMinutes(10), "every event delivered");
        var delivered = stopwatch.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {files * EventsPerFile} events, published in {published.TotalSeconds:0.00} s, all delivered in {delivered.TotalSeconds:0.00} s = {files * EventsPerFile / delivered.TotalSeconds:0} deliveries/s"));
        Report("throughput (saturated) latency", bench.Receiver.Latencies("evt_t"));
    }

    /// <summary>An open-loop paced load: events raised at <paramref name="rate"/> per second, each measured from its raise to its arrival.</summary>
    public static async Task LatencyAsync(BenchCluster bench, int rate, TimeSpan duration)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var prefix = $"evt_l{rate}x";
        var stopwatch = Stopwatch.StartNew();
        var calls = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > stopwatch.Elapsed) await Task.Delay(due - stopwatch.Elapsed);
            calls.Add(PublishAsync(bench, $"l{rate}x", 2_000_000 + (i / EventsPerFile), (i % EventsPerFile) + 1));
        }

        await Task.WhenAll(calls);
        await Eventually.GetAsync(() => Task.FromResult(bench.Receiver.Latencies(prefix).Count), n => n == total, TimeSpan.FromMinutes(5), "paced events delivered");
        Report(string.Create(CultureInfo.InvariantCulture, $"latency at {rate}/s for {duration.TotalSeconds:0} s"), bench.Receiver.Latencies(prefix));
    }

    private static Task PublishAsync(BenchCluster bench, string prefix, long ingestId, int sequence)
    {
        var now = DateTimeOffset.UtcNow;
        var id = $"evt_{prefix}{ingestId}_{sequence}";
        var body = new JsonObject
        {
            ["event_id"] = id,
            ["event_type"] = FileEventTypes.Processed,
            ["raised_at"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["ingest_id"] = ingestId,
            ["sequence"] = sequence,
            ["file_data"] = new JsonObject { ["filler"] = Filler },
        };
        return bench.Grains.GetGrain<IEventFanoutGrain>(0).PublishAsync([new FileEvent(id, FileEventTypes.Processed, ingestId, sequence, now, body.ToJsonString())]);
    }

    private static void Report(string name, IReadOnlyList<double> latencies)
    {
        var sorted = latencies.Order().ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: n={sorted.Length} p50={P(0.50):0.0} ms p90={P(0.90):0.0} ms p99={P(0.99):0.0} ms max={sorted[^1]:0.0} ms"));
    }
}
