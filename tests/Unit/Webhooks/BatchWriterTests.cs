using LaserGrains.Grains.Webhooks.Delivery;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class BatchWriterTests
{
    // One turn at a time, as in a grain activation.
    private static Task OnOneThread(Func<Task> body) =>
        Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.None, new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler).Unwrap();

    [Fact]
    public Task Linger_HoldsItemsNobodyNeedsAtOnce_UntilAnUrgentOneArrives() => OnOneThread(async () =>
    {
        var batches = new List<int[]>();
        var writer = new BatchWriter<int, int>(items => { batches.Add([.. items]); return Task.FromResult(items.Count); }, TimeSpan.FromMinutes(10), i => i < 0);

        var outcome = writer.WriteAsync([1]);
        await Task.Delay(100);
        Assert.False(outcome.IsCompleted, "a lone outcome waits for company");
        var insert = writer.WriteAsync([-1]);

        Assert.Equal(2, await insert.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, await outcome);
        Assert.Equal([[1, -1]], batches);
    });

    [Fact]
    public Task NoLinger_WritesAtOnce_ThenWhatQueuedMeanwhile() => OnOneThread(async () =>
    {
        var batches = new List<int[]>();
        var gate = new TaskCompletionSource();
        var writer = new BatchWriter<int, int>(async items => { batches.Add([.. items]); await gate.Task; return items.Count; });

        var first = writer.WriteAsync([1]);
        var second = writer.WriteAsync([2]);
        var third = writer.WriteAsync([3]);
        gate.SetResult();

        Assert.Equal(1, await first);
        Assert.Equal(2, await second);
        Assert.Same(second, third);
        Assert.Equal([[1], [2, 3]], batches);
    });
}
