using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LaserGrains.Grains.Webhooks;

/// <summary>
/// Hands a file's events to the dispatcher of every enabled subscription that wants them. Returns only when every
/// dispatcher has stored them, so a failure makes the FileGrain keep its outbox and call again (ids dedupe).
/// Reentrant: a call spends its time waiting on dispatchers, and the only state is a cache that may be refreshed twice.
/// </summary>
[StatelessWorker, Reentrant]
public sealed class EventFanoutGrain(TimeProvider time, IOptions<WebhookOptions> options) : Grain, IEventFanoutGrain
{
    private IReadOnlyList<WebhookSubscription> _subscriptions = [];
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;

    public async Task PublishAsync(IReadOnlyList<FileEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var calls = new List<Task>();
        foreach (var subscription in await SubscriptionsAsync())
        {
            if (!subscription.Enabled) continue;
            var wanted = events.Where(e => subscription.Wants(e.EventType)).ToList();
            if (wanted.Count > 0) calls.Add(GrainFactory.GetGrain<IWebhookDispatcherGrain>(subscription.Id).EnqueueAsync(wanted));
        }

        await Task.WhenAll(calls);
    }

    /// <summary>The registry's list, cached briefly: a new subscription starts receiving within SubscriptionCacheTime.</summary>
    private async Task<IReadOnlyList<WebhookSubscription>> SubscriptionsAsync()
    {
        var now = time.GetUtcNow();
        if (now - _fetchedAt < options.Value.SubscriptionCacheTime) return _subscriptions;
        _subscriptions = await GrainFactory.GetGrain<IWebhookRegistryGrain>(0).ListAsync();
        _fetchedAt = now;
        return _subscriptions;
    }
}
