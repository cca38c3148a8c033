using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Grains.Infrastructure;

namespace LaserGrains.Tests.Grains.Webhooks;

/// <summary>
/// The dispatcher on the test host against a real loopback receiver, on a fake clock: retries happen when the clock
/// reaches the schedule's next delay (10 min, then 1 h), not before, and the last failure dead-letters the delivery.
/// </summary>
[Collection(FakeClockClusterCollection.Name)]
public sealed class WebhookDispatcherGrainTests(FakeClockClusterFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static long _nextIngest = 90_000;
    private LoopbackReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await LoopbackReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task FailingReceiver_RetriedWhenTheClockReachesEachDelay_ThenDeadLettered()
    {
        _receiver.Status = 500;
        var (subscription, eventId) = await EnqueueOneAsync();
        var start = fixture.Clock.GetUtcNow();
        var row = $"FROM lg_webhook_deliveries WHERE subscription_id = '{subscription.Id}' AND event_id = '{eventId}'";

        await AttemptsStoredAsync(row, 1);
        Assert.Equal((start + FakeClockClusterFixture.Schedule[1]).UtcDateTime, await fixture.Database.ScalarAsync<DateTime>($"SELECT next_attempt_at {row}"));
        Assert.Equal(start, (await Dispatcher(subscription.Id).GetStatusAsync()).FailingSince);

        fixture.Clock.Advance(FakeClockClusterFixture.Schedule[1] - TimeSpan.FromMinutes(1));
        await Task.Delay(500); // a retry due in a minute must not start now
        Assert.Single(_receiver.Requests);

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await AttemptsStoredAsync(row, 2);
        Assert.Equal(start + FakeClockClusterFixture.Schedule[1], _receiver.Requests[1].Timestamp);

        fixture.Clock.Advance(FakeClockClusterFixture.Schedule[2]);
        await AttemptsStoredAsync(row, 3);
        Assert.Equal("dead", await fixture.Database.ScalarAsync<string>($"SELECT status {row}"));
        Assert.Equal(3, _receiver.Requests.Count);
        Assert.All(_receiver.Requests, r => Assert.Equal(eventId, r.EventId));
        Assert.Equal(3, await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM lg_webhook_attempts WHERE subscription_id = '{subscription.Id}' AND status_code = 500"));
    }

    [Fact]
    public async Task HealthyReceiver_DeliveredOnTheFirstAttempt()
    {
        var (subscription, eventId) = await EnqueueOneAsync();
        var row = $"FROM lg_webhook_deliveries WHERE subscription_id = '{subscription.Id}' AND event_id = '{eventId}'";

        await AttemptsStoredAsync(row, 1);

        Assert.Equal("delivered", await fixture.Database.ScalarAsync<string>($"SELECT status {row}"));
        Assert.Equal(fixture.Clock.GetUtcNow(), _receiver.Requests.Single().Timestamp);
        Assert.Null((await Dispatcher(subscription.Id).GetStatusAsync()).FailingSince);
    }

    [Fact]
    public async Task GoneReceiver_DisablesTheSubscription_WithTheReason()
    {
        _receiver.Status = 410;
        var (subscription, _) = await EnqueueOneAsync();

        var disabled = await Eventually.GetAsync(() => Registry.GetAsync(subscription.Id), s => s is { Enabled: false }, Wait, "the subscription to be disabled");

        Assert.Contains("410 Gone", disabled.DisabledReason, StringComparison.Ordinal);
        Assert.True(disabled.Version > subscription.Version);
    }

    private IWebhookRegistryGrain Registry => fixture.Client.GetGrain<IWebhookRegistryGrain>(0);

    private IWebhookDispatcherGrain Dispatcher(string id) => fixture.Client.GetGrain<IWebhookDispatcherGrain>(id);

    private async Task<(WebhookSubscription Subscription, string EventId)> EnqueueOneAsync()
    {
        var subscription = await Registry.CreateAsync(new SubscriptionDraft(_receiver.Url, [], "dispatcher test"));
        var ingest = Interlocked.Increment(ref _nextIngest);
        var eventId = $"evt_{ingest}_1";
        await Dispatcher(subscription.Id).EnqueueAsync(
            [new FileEvent(eventId, FileEventTypes.Processed, ingest, 1, fixture.Clock.GetUtcNow(), "{\"type\":\"file.processed\"}")], subscription.Version);
        return (subscription, eventId);
    }

    private Task<int> AttemptsStoredAsync(string row, int count) =>
        Eventually.GetAsync(() => fixture.Database.ScalarAsync<int>($"SELECT attempts {row}"), n => n >= count, Wait, $"{count} attempts stored");
}
