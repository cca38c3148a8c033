using LaserGrains.Shared.Batching;
using Xunit;

namespace LaserGrains.Tests.Unit.Batching;

public sealed class GroupCommitTests
{
    /// <summary>A write that holds until released, recording every batch it was given.</summary>
    private sealed class GatedWrite : IDisposable
    {
        private readonly List<int[]> _batches = [];
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly SemaphoreSlim _entered = new(0);

        public Exception? Fail { get; set; }

        public Func<int, bool> FailItem { get; set; } = _ => false;

        public IReadOnlyList<int[]> Batches { get { lock (_batches) return [.. _batches]; } }

        public async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<int> items)
        {
            lock (_batches) _batches.Add([.. items]);
            _entered.Release();
            await _gate.Task;
            if (Fail is { } ex && (items.Count > 1 || FailItem(items[0]))) throw ex;
            return items.Select(i => $"r{i}").ToArray();
        }

        public Task<bool> EnteredAsync() => _entered.WaitAsync(TimeSpan.FromSeconds(10));

        public void Release() => _gate.TrySetResult();

        public void Dispose() => _entered.Dispose();
    }

    [Fact]
    public async Task Idle_WritesAtOnce_ThenBatchesWhatQueuedMeanwhile()
    {
        using var write = new GatedWrite();
        using var commit = new GroupCommit<int, string>(write.WriteAsync, maxBatch: 100, maxQueued: 1000);

        var first = commit.WriteAsync(1);
        Assert.True(await write.EnteredAsync(), "an idle writer must write at once, without waiting for more");
        var queued = Enumerable.Range(2, 5).Select(i => commit.WriteAsync(i)).ToList();
        Assert.False(first.IsCompleted, "a caller completes only after its write did");
        write.Release();

        Assert.Equal("r1", await first);
        Assert.Equal(["r2", "r3", "r4", "r5", "r6"], await Task.WhenAll(queued));
        Assert.Equal([[1], [2, 3, 4, 5, 6]], write.Batches);
    }

    [Fact]
    public async Task Batches_NeverExceedMaxBatch()
    {
        using var write = new GatedWrite();
        using var commit = new GroupCommit<int, string>(write.WriteAsync, maxBatch: 3, maxQueued: 100);
        var first = commit.WriteAsync(0);
        await write.EnteredAsync();
        var rest = Enumerable.Range(1, 7).Select(i => commit.WriteAsync(i)).ToList();
        write.Release();
        await Task.WhenAll(rest.Append(first));

        Assert.All(write.Batches, b => Assert.InRange(b.Length, 1, 3));
        Assert.Equal(Enumerable.Range(0, 8), write.Batches.SelectMany(b => b));
    }

    [Fact]
    public async Task Failure_ReachesEveryCallerOfTheBatch()
    {
        using var write = new GatedWrite { Fail = new InvalidOperationException("database gone") };
        using var commit = new GroupCommit<int, string>(write.WriteAsync, maxBatch: 10, maxQueued: 100);
        var first = commit.WriteAsync(1);
        await write.EnteredAsync();
        var batch = Enumerable.Range(2, 3).Select(i => commit.WriteAsync(i)).ToList();
        write.Release();

        Assert.Equal("r1", await first);
        foreach (var task in batch) Assert.Equal("database gone", (await Assert.ThrowsAsync<InvalidOperationException>(() => task)).Message);
        Assert.Equal(2, write.Batches.Count); // not isolated: an outage is every caller's, no retry one by one
        write.Fail = null;
        Assert.Equal("r9", await commit.WriteAsync(9)); // the writer carries on after a failed batch
    }

    [Fact]
    public async Task IsolatedFailure_FailsOnlyTheItemAtFault()
    {
        using var write = new GatedWrite { Fail = new FormatException("bad row"), FailItem = i => i == 3 };
        using var commit = new GroupCommit<int, string>(write.WriteAsync, 10, 100, isolate: ex => ex is FormatException);
        var first = commit.WriteAsync(1);
        await write.EnteredAsync();
        var batch = Enumerable.Range(2, 3).Select(i => commit.WriteAsync(i)).ToList();
        write.Release();

        Assert.Equal("r1", await first);
        Assert.Equal("r2", await batch[0]);
        await Assert.ThrowsAsync<FormatException>(() => batch[1]);
        Assert.Equal("r4", await batch[2]);
        Assert.Equal([[1], [2, 3, 4], [2], [3], [4]], write.Batches);
    }

    [Fact]
    public async Task FullQueue_MakesCallersWaitForRoom()
    {
        using var write = new GatedWrite();
        using var commit = new GroupCommit<int, string>(write.WriteAsync, maxBatch: 2, maxQueued: 2);
        var a = commit.WriteAsync(1);
        await write.EnteredAsync();
        var b = commit.WriteAsync(2);
        var c = commit.WriteAsync(3); // two pending already: waits for room
        Assert.Equal(2, commit.Pending);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => commit.WriteAsync(4, cancel.Token));
        Assert.False(c.IsCompleted);

        write.Release();
        Assert.Equal(["r1", "r2", "r3"], await Task.WhenAll(a, b, c));
        Assert.DoesNotContain(write.Batches, batch => batch.Contains(4));
    }

    [Fact]
    public async Task SeveralWriters_StartAtOnceWhileFewerRun_ThenBatch()
    {
        using var write = new GatedWrite();
        using var commit = new GroupCommit<int, string>(write.WriteAsync, maxBatch: 10, maxQueued: 100, maxWriters: 2);
        var a = commit.WriteAsync(1);
        Assert.True(await write.EnteredAsync());
        var b = commit.WriteAsync(2);
        Assert.True(await write.EnteredAsync(), "a second writer starts while only one runs");
        var rest = Enumerable.Range(3, 4).Select(i => commit.WriteAsync(i)).ToList();
        write.Release();

        Assert.Equal(["r1", "r2", "r3", "r4", "r5", "r6"], await Task.WhenAll(rest.Prepend(b).Prepend(a)));
        Assert.Equal(Enumerable.Range(1, 6), write.Batches.SelectMany(x => x).Order());
        Assert.True(write.Batches.Count <= 4, "the four queued meanwhile share writes");
    }

    [Fact]
    public async Task Linger_GathersItemsThatArriveSoonAfter_IntoOneWrite()
    {
        var batches = new List<int[]>();
        using var commit = new GroupCommit<int, string>(
            items => { lock (batches) batches.Add([.. items]); return Task.FromResult<IReadOnlyList<string>>(items.Select(i => $"r{i}").ToArray()); },
            maxBatch: 10, maxQueued: 100, linger: TimeSpan.FromSeconds(1));
        var first = commit.WriteAsync(1);
        await Task.Delay(50);
        Assert.False(first.IsCompleted, "the write waits for more items");
        var rest = Enumerable.Range(2, 3).Select(i => commit.WriteAsync(i)).ToList();

        Assert.Equal(["r1", "r2", "r3", "r4"], await Task.WhenAll(rest.Prepend(first)));
        Assert.Equal([[1, 2, 3, 4]], batches);
    }

    [Fact]
    public async Task Linger_AFullBatchGoesAtOnce()
    {
        using var write = new GatedWrite();
        using var commit = new GroupCommit<int, string>(write.WriteAsync, maxBatch: 2, maxQueued: 100, linger: TimeSpan.FromMinutes(10));
        var pending = new[] { commit.WriteAsync(1), commit.WriteAsync(2) };

        Assert.True(await write.EnteredAsync(), "two items fill a batch: no ten-minute wait");
        write.Release();
        Assert.Equal(["r1", "r2"], await Task.WhenAll(pending));
    }
}
