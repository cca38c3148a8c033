using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Grains.Infrastructure;

namespace LaserGrains.Tests.Grains.Webhooks;

/// <summary>The delivery log grain reads what the dispatchers wrote: attempts newest first in pages, a file's deliveries.</summary>
[Collection(FakeClockClusterCollection.Name)]
public sealed class WebhookDeliveryLogGrainTests(FakeClockClusterFixture fixture)
{
    private static long _nextIngest = 95_000;

    private IWebhookDeliveryLogGrain Log => fixture.Client.GetGrain<IWebhookDeliveryLogGrain>(0);

    [Fact]
    public async Task Attempts_PagedNewestFirst_AndAFilesDeliveries_AsStored()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var subscription = await fixture.Client.GetGrain<IWebhookRegistryGrain>(0).CreateAsync(new SubscriptionDraft(receiver.Url, [], "log"));
        var ingest = Interlocked.Increment(ref _nextIngest);
        var events = Enumerable.Range(1, 3)
            .Select(i => new FileEvent($"evt_{ingest}_{i}", FileEventTypes.Processed, ingest, i, fixture.Clock.GetUtcNow(), "{}")).ToList();
        await fixture.Client.GetGrain<IWebhookDispatcherGrain>(subscription.Id).EnqueueAsync(events, subscription.Version);

        var file = await Eventually.GetAsync<FileDeliveries>(async () => await Log.ForFileAsync(ingest), f => f!.Attempts.Count == 3 && f.Deliveries.All(d => d.Status == "delivered"), TimeSpan.FromSeconds(30), "3 delivered, 3 attempts");
        var first = await Log.AttemptsAsync(subscription.Id, null, 2);
        var second = await Log.AttemptsAsync(subscription.Id, first.NextBefore, 2);

        Assert.Equal([1L, 2, 3], file.Deliveries.Select(d => d.Sequence));
        Assert.All(file.Deliveries, d => Assert.Equal(("delivered", 1, (int?)200), (d.Status, d.Attempts, d.LastStatusCode)));
        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.NextBefore);
        Assert.True(first.Items[0].Id > first.Items[1].Id);
        Assert.Single(second.Items);
        Assert.Null(second.NextBefore);
        Assert.Equal(file.Attempts.Select(a => a.Id).Order(), first.Items.Concat(second.Items).Select(a => a.Id).Order());
        Assert.Empty((await Log.DeadLettersAsync(subscription.Id, null, 10)).Items);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Log.AttemptsAsync(subscription.Id, null, 0));
    }
}
