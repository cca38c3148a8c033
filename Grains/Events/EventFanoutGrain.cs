using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;
using Orleans.Concurrency;

namespace LaserGrains.Grains.Events;

/// <summary>
/// Hands a file's events to the dispatcher of every enabled subscription that wants them. Returns only when every
/// dispatcher has stored them, so a failure makes the FileGrain keep its outbox and call again (ids dedupe).
/// Every publish asks the registry whether its list changed since the version this activation holds (a number each way
/// when it did not), so a subscription change the API has answered holds for every event published after it, on every silo.
/// Reentrant: a call spends its time waiting on the registry and dispatchers; the only state is the newest list seen.
/// </summary>
[StatelessWorker, Reentrant]
public sealed class EventFanoutGrain : Grain, IEventFanoutGrain
{
    private SubscriptionSnapshot _known = new(-1, []);

    public async Task PublishAsync(IReadOnlyList<FileEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var calls = new List<Task>();
        foreach (var subscription in (await CurrentAsync()).Subscriptions)
        {
            if (!subscription.Enabled) continue;
            var wanted = events.Where(e => subscription.Wants(e.EventType)).ToList();
            if (wanted.Count > 0)
            {
                calls.Add(GrainFactory.GetGrain<IWebhookDispatcherGrain>(subscription.Id).EnqueueAsync(wanted, subscription.Version));
            }
        }

        await Task.WhenAll(calls);
    }

    public async Task RedactFileAsync(long ingestId, long beforeSequence)
    {
        // Disabled subscriptions too: their dispatchers keep their window until re-enabled.
        var calls = (await CurrentAsync()).Subscriptions
            .Select(s => GrainFactory.GetGrain<IWebhookDispatcherGrain>(s.Id).RedactFileAsync(ingestId, beforeSequence));
        await Task.WhenAll(calls);
    }

    /// <summary>A list at least as new as the registry's when this call reached it.</summary>
    private async Task<SubscriptionSnapshot> CurrentAsync()
    {
        var known = _known;
        var answer = await GrainFactory.GetGrain<IWebhookRegistryGrain>(0).GetSnapshotIfChangedAsync(known.Version) ?? known;
        // Concurrent publishes may answer out of order: keep the newest; any list at least as new as the answer is right.
        if (answer.Version > _known.Version) _known = answer;
        return _known;
    }
}
