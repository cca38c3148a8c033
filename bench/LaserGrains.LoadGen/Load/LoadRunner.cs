using System.Collections.Concurrent;
using LaserGrains.LoadGen.Measure;

namespace LaserGrains.LoadGen.Load;

/// <summary>Drives the uploads for warm-up plus duration: closed loop (N in flight) or open loop (on a rate schedule).</summary>
public sealed class LoadRunner(Uploader uploader, SettleTracker tracker, TimeProvider time, long origin, DateTimeOffset originAt)
{
    private readonly ConcurrentBag<UploadSample> _samples = [];

    public IReadOnlyCollection<UploadSample> Samples => _samples;

    public Task RunAsync(double? rate, int connections, int maxInFlight, TimeSpan warmup, TimeSpan total, CancellationToken cancellationToken) =>
        rate is { } r ? OpenLoopAsync(new RateSchedule(r), maxInFlight, warmup, total, cancellationToken) : ClosedLoopAsync(connections, warmup, total, cancellationToken);

    private async Task ClosedLoopAsync(int connections, TimeSpan warmup, TimeSpan total, CancellationToken cancellationToken)
    {
        async Task WorkerAsync()
        {
            while (time.GetElapsedTime(origin) is var now && now < total && !cancellationToken.IsCancellationRequested)
            {
                await SendAsync(now, warmup, cancellationToken);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(WorkerAsync, cancellationToken)));
    }

    // Latency counts from the due time, not the send time: a late send (a backed-up client or a full in-flight cap)
    // adds its wait to the figure instead of hiding the queue (coordinated omission).
    private async Task OpenLoopAsync(RateSchedule schedule, int maxInFlight, TimeSpan warmup, TimeSpan total, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(maxInFlight);
        var inFlight = new List<Task>();
        for (long i = 0; schedule.DueAt(i) is var due && due < total && !cancellationToken.IsCancellationRequested; i++)
        {
            var wait = due - time.GetElapsedTime(origin);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait, time, cancellationToken);
            await slots.WaitAsync(cancellationToken);
            inFlight.Add(Task.Run(async () =>
            {
                try { await SendAsync(due, warmup, cancellationToken); }
                finally { slots.Release(); }
            }, cancellationToken));
            if (inFlight.Count > 4 * maxInFlight) inFlight.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(inFlight);
    }

    private async Task SendAsync(TimeSpan due, TimeSpan warmup, CancellationToken cancellationToken)
    {
        var sample = new UploadSample { Due = due, DueAt = originAt + due, Measured = due >= warmup };
        await uploader.SendAsync(sample, cancellationToken);
        _samples.Add(sample);
        if (sample.Accepted) tracker.Track(sample);
    }
}
