using System.Net.Http.Headers;
using LaserGrains.LoadGen.Load;
using LaserGrains.LoadGen.Measure;
using LaserGrains.LoadGen.Options;
using LaserGrains.LoadGen.Payload;
using LaserGrains.LoadGen.Report;

namespace LaserGrains.LoadGen;

/// <summary>One measured run: load for warm-up + duration, meters read at the end of warm-up and after everything settled.</summary>
public static class LoadRun
{
    public static async Task<RunResult> ExecuteAsync(LoadOptions o, string repoRoot, bool laserOs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(o);
        var time = TimeProvider.System;
        var payload = PayloadSource.Open(o.File, repoRoot, Guid.NewGuid().ToString("N")[..12]);
        await using var own = new OwnConnections(o.Database);
        await (await own.OpenAsync(cancellationToken)).DisposeAsync();
        var meter = new PgMeter(own);
        var tracker = new SettleTracker(own, laserOs, time);
        CpuGroup[] groups =
        [
            new("silo", () => Task.FromResult(ProcessFinder.Find("LaserGrains.Silo", o.ClusterId))),
            new("gateway", () => Task.FromResult(ProcessFinder.Find("LaserGrains.Gateway", o.ClusterId))),
            new("postgres (this database's backends)", meter.DatabaseBackendsAsync),
            new("postgres (whole cluster, shared)", meter.ClusterAsync),
            new("load generator", () => Task.FromResult<IReadOnlySet<int>>(new HashSet<int> { Environment.ProcessId })),
        ];

        using var http = Client(o);
        var loadAverageStart = LoadAverage();
        var startedAt = time.GetUtcNow();
        var origin = time.GetTimestamp();
        var uploader = new Uploader(http, payload, o.Gateways, o.Wait, o.ProjectCode, time, origin);
        var runner = new LoadRunner(uploader, tracker, time, origin, startedAt);
        var stopPolling = false;
        var polling = tracker.PollUntilAsync(() => Volatile.Read(ref stopPolling), o.PollInterval, cancellationToken);
        var load = runner.RunAsync(o.Rate, o.Connections, o.MaxInFlight, o.Warmup, o.Warmup + o.Duration, cancellationToken);

        if (o.Warmup > TimeSpan.Zero) await Task.Delay(o.Warmup, time, cancellationToken);
        foreach (var g in groups) await g.StartAsync();
        var ownBefore = tracker.Statements + meter.Statements;
        var before = await meter.CountersAsync();

        await load;
        var loadStopped = time.GetTimestamp();
        while (tracker.Unsettled > 0 && time.GetElapsedTime(loadStopped) < o.SettleTimeout) await Task.Delay(o.PollInterval, time, cancellationToken);
        var toSettle = time.GetElapsedTime(loadStopped);
        Volatile.Write(ref stopPolling, true);
        await polling;
        var cpu = new List<CpuUse>();
        foreach (var g in groups) cpu.Add(await g.StopAsync());

        // Backends flush their counters to pg_stat_database at most every second, an idle one within 10 s.
        await Task.Delay(o.StatsWait, time, cancellationToken);
        var ownStatements = tracker.Statements + meter.Statements - ownBefore;
        var delta = (await meter.CountersAsync()).Minus(before);

        var samples = runner.Samples;
        var measured = samples.Where(s => s.Measured).ToList();
        var accepted = measured.Count(s => s.Accepted);
        var (answer, completed, designFile) = ResultBuilder.Latencies(samples);
        return new RunResult
        {
            StartedAt = startedAt,
            LoadAverageStart = loadAverageStart,
            LoadAverageEnd = LoadAverage(),
            Mode = o.Mode,
            File = payload.FileName,
            FileBytes = payload.TemplateBytes,
            Wait = o.Wait,
            Gateways = [.. o.Gateways.Select(g => g.ToString())],
            DurationSeconds = o.Duration.TotalSeconds,
            WarmupSeconds = o.Warmup.TotalSeconds,
            Sent = measured.Count,
            Accepted = accepted,
            AcceptedPerSecond = Math.Round(accepted / o.Duration.TotalSeconds, 1),
            UploadAnswerMs = answer,
            UploadToCompletedMs = completed,
            UploadToDesignFileMs = designFile,
            Errors = ResultBuilder.Errors(samples),
            Cpu = [.. cpu.Select(c => ResultBuilder.PerFile(c, accepted))],
            Postgres = ResultBuilder.PerFile(delta, ownStatements, accepted),
            Settlement = ResultBuilder.Settle(samples, laserOs, toSettle),
            SlowestSeconds = SlowSeconds.Worst(samples, 5),
        };
    }

    private static HttpClient Client(LoadOptions o)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = o.Rate is null ? o.Connections : int.MaxValue,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", o.ApiKey);
        return http;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
