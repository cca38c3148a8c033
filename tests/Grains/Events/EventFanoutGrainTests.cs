using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Tests.Grains.Infrastructure;

namespace LaserGrains.Tests.Grains.Events;

/// <summary>
/// The fan-out on the test host: the events of a publish are stored for exactly the enabled subscriptions whose filter
/// wants them, and a subscription change holds for the very next publish. Durable on return, so rows are counted at once.
/// </summary>
[Collection(FakeClockClusterCollection.Name)]
public sealed class EventFanoutGrainTests(FakeClockClusterFixture fixture) : IAsyncLifetime
{
    private static long _nextIngest = 50_000;
    private LoopbackReceiver _receiver = null!;

    private IWebhookRegistryGrain Registry => fixture.Client.GetGrain<IWebhookRegistryGrain>(0);

    private IEventFanoutGrain Fanout => fixture.Client.GetGrain<IEventFanoutGrain>(0);

    public async Task InitializeAsync() => _receiver = await LoopbackReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Publish_RightAfterCreate_ReachesEachSubscriptionItsFilterPicks()
    {
        var all = await SubscribeAsync();
        var processedOnly = await SubscribeAsync(FileEventTypes.Processed);
        var failedOnly = await SubscribeAsync(FileEventTypes.Failed);
        var disabled = await SubscribeAsync();
        await Registry.SetEnabledAsync(disabled.Id, false, "test");

        var ingest = await PublishAsync(FileEventTypes.Ingested, FileEventTypes.Processed);

        Assert.Equal(2, await StoredAsync(all.Id, ingest));
        Assert.Equal(1, await StoredAsync(processedOnly.Id, ingest));
        Assert.Equal("file.processed", await fixture.Database.ScalarAsync<string>(
            $"SELECT event_type FROM lg_webhook_deliveries WHERE subscription_id = '{processedOnly.Id}' AND ingest_id = {ingest}"));
        Assert.Equal(0, await StoredAsync(failedOnly.Id, ingest));
        Assert.Equal(0, await StoredAsync(disabled.Id, ingest));
    }

    [Fact]
    public async Task Publish_AfterUpdateDisableDelete_FollowsTheChangeAtOnce()
    {
        var subscription = await SubscribeAsync(FileEventTypes.Failed);
        await PublishAsync(FileEventTypes.Processed); // activates the fan-out with the old filter in hand

        await Registry.UpdateAsync(subscription.Id, new SubscriptionDraft(_receiver.Url, [FileEventTypes.Processed], null));
        var afterUpdate = await PublishAsync(FileEventTypes.Processed);
        await Registry.SetEnabledAsync(subscription.Id, false, "test");
        var afterDisable = await PublishAsync(FileEventTypes.Processed);
        await Registry.SetEnabledAsync(subscription.Id, true, null);
        var afterEnable = await PublishAsync(FileEventTypes.Processed);
        await Registry.DeleteAsync(subscription.Id);
        var afterDelete = await PublishAsync(FileEventTypes.Processed);

        Assert.Equal(1, await StoredAsync(subscription.Id, afterUpdate));
        Assert.Equal(0, await StoredAsync(subscription.Id, afterDisable));
        Assert.Equal(1, await StoredAsync(subscription.Id, afterEnable));
        Assert.Equal(0, await StoredAsync(subscription.Id, afterDelete));
    }

    [Fact]
    public async Task Publish_Repeated_StoresEachEventOnce()
    {
        var subscription = await SubscribeAsync();
        var ingest = Interlocked.Increment(ref _nextIngest);
        var events = Events(ingest, FileEventTypes.Ingested, FileEventTypes.Processed);

        await Fanout.PublishAsync(events);
        await Fanout.PublishAsync(events);

        Assert.Equal(2, await StoredAsync(subscription.Id, ingest));
    }

    private Task<WebhookSubscription> SubscribeAsync(params string[] eventTypes) =>
        Registry.CreateAsync(new SubscriptionDraft(_receiver.Url, eventTypes, "fan-out test"));

    private async Task<long> PublishAsync(params string[] types)
    {
        var ingest = Interlocked.Increment(ref _nextIngest);
        await Fanout.PublishAsync(Events(ingest, types));
        return ingest;
    }

    private FileEvent[] Events(long ingest, params string[] types) =>
        [.. types.Select((t, i) => new FileEvent($"evt_{ingest}_{i + 1}", t, ingest, i + 1, fixture.Clock.GetUtcNow(), "{}"))];

    private async Task<long> StoredAsync(string subscriptionId, long ingest) =>
        await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_webhook_deliveries WHERE subscription_id = '{subscriptionId}' AND ingest_id = {ingest}");
}
