namespace LaserGrains.Shared.Batching;

/// <summary>
/// Group commit for a singleton writer shared by many concurrent callers: whatever queued while the previous write ran
/// goes out together in the next one (at most <c>maxBatch</c> items), so an idle writer adds no delay and a busy one makes
/// one round trip per batch instead of per item. With a <c>linger</c>, a write that would start with less than a full
/// batch first waits that long for more items: callers that can afford the delay trade it for fewer round trips at
/// rates where items seldom overlap. A caller's task completes only after the write holding its item did,
/// with that item's result or that write's exception. At most <c>maxQueued</c> items wait or are being written; further
/// callers wait for room. Thread-safe; the writes run on the thread pool, at most <c>maxWriters</c> at a time (each
/// further write starts at once while fewer run, so batching sets in only once that many are busy).
/// </summary>
public sealed class GroupCommit<TItem, TResult> : IDisposable
{
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _write;
    private readonly Func<Exception, bool> _isolate;
    private readonly int _maxBatch;
    private readonly int _maxQueued;
    private readonly SemaphoreSlim _room;
    private readonly Queue<Waiting> _queue = new();
    private readonly Lock _gate = new();
    private readonly int _maxWriters;
    private readonly TimeSpan _linger;
    private TaskCompletionSource? _filled; // set while a write lingers; completed once a full batch is queued
    private int _writers;

    /// <param name="write">Writes a batch in one round trip; returns one result per item, in order.</param>
    /// <param name="maxBatch">Most items in one write.</param>
    /// <param name="maxQueued">Most items waiting or being written at once.</param>
    /// <param name="isolate">
    /// When a write of several items fails with an exception this accepts (one bad item, not an outage), each item is
    /// written again on its own, so one item's fault is not every caller's.
    /// </param>
    /// <param name="maxWriters">Most writes running at once.</param>
    /// <param name="linger">How long a write short of a full batch waits for more items before it starts (none by default).</param>
    public GroupCommit(
        Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> write, int maxBatch, int maxQueued, Func<Exception, bool>? isolate = null, int maxWriters = 1,
        TimeSpan linger = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWriters, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(linger, TimeSpan.Zero);
        (_maxWriters, _linger) = (maxWriters, linger);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueued, maxBatch);
        (_write, _maxBatch, _maxQueued, _isolate) = (write, maxBatch, maxQueued, isolate ?? (_ => false));
        _room = new SemaphoreSlim(maxQueued, maxQueued);
    }

    /// <summary>Items waiting for a write or in one now.</summary>
    public int Pending => _maxQueued - _room.CurrentCount;

    /// <summary>Queues <paramref name="item"/>; completes once a write holding it has committed (or failed). The token only cancels the wait for room.</summary>
    public async Task<TResult> WriteAsync(TItem item, CancellationToken cancellationToken = default)
    {
        await _room.WaitAsync(cancellationToken).ConfigureAwait(false);
        var waiting = new Waiting(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool start;
        lock (_gate)
        {
            _queue.Enqueue(waiting);
            if (_queue.Count >= _maxBatch) _filled?.TrySetResult();
            start = _writers < _maxWriters;
            if (start) _writers++;
        }

        if (start) _ = Task.Run(DrainAsync, CancellationToken.None);
        return await waiting.Done.Task.ConfigureAwait(false);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            if (_linger > TimeSpan.Zero && LingerStarted() is { } filled)
            {
                await Task.WhenAny(Task.Delay(_linger), filled).ConfigureAwait(false);
            }

            var batch = new List<Waiting>();
            lock (_gate)
            {
                while (batch.Count < _maxBatch && _queue.TryDequeue(out var next)) batch.Add(next);
                if (batch.Count == 0)
                {
                    _writers--;
                    return;
                }
            }

            await CommitAsync(batch).ConfigureAwait(false);
            _room.Release(batch.Count);
        }
    }

    // The task that completes when a full batch is queued, or null when there is nothing to wait for.
    private Task? LingerStarted()
    {
        lock (_gate)
        {
            if (_queue.Count == 0 || _queue.Count >= _maxBatch) return null;
            if (_filled is null || _filled.Task.IsCompleted) _filled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _filled.Task;
        }
    }

    private async Task CommitAsync(List<Waiting> batch)
    {
        try
        {
            var results = await _write(batch.ConvertAll(w => w.Item)).ConfigureAwait(false);
            if (results.Count != batch.Count) throw new InvalidOperationException($"A write of {batch.Count} items returned {results.Count} results.");
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(results[i]);
        }
#pragma warning disable CA1031 // Every caller of the batch sees the failure through its own task.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (batch.Count > 1 && _isolate(ex))
            {
                foreach (var one in batch) await CommitAsync([one]).ConfigureAwait(false);
                return;
            }

            foreach (var waiting in batch) waiting.Done.TrySetException(ex);
        }
    }

    public void Dispose() => _room.Dispose();

    private sealed record Waiting(TItem Item, TaskCompletionSource<TResult> Done);
}
