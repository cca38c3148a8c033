using LaserGrains.Grains.Interfaces.Events;
using Orleans.Concurrency;

namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>Owns one subscription's delivery queue (key = subscription id): ordered per file, retried, dead-lettered.</summary>
[Alias("lg.webhook-dispatcher")]
public interface IWebhookDispatcherGrain : IGrainWithStringKey
{
    /// <summary>
    /// Queues the events durably before returning; an event id already queued is ignored. <paramref name="subscriptionVersion"/>
    /// is the version of the subscription the fan-out matched them against: a dispatcher holding an older copy fetches the
    /// current one first, so a change the API has answered holds for these events (URL, keys), and a deleted one queues nothing.
    /// </summary>
    [Alias("enqueue-at-version")]
    Task EnqueueAsync(IReadOnlyList<FileEvent> events, long subscriptionVersion);

    /// <summary>Told by the registry when the subscription changed or was deleted (null).</summary>
    [Alias("subscription-changed"), OneWay]
    Task SubscriptionChangedAsync(WebhookSubscription? subscription);

    /// <summary>Puts one dead-lettered (or delivered) event back in the queue with a fresh schedule.</summary>
    [Alias("replay")]
    Task<bool> ReplayAsync(string eventId);

    /// <summary>Puts every dead letter that failed at or after <paramref name="since"/> back in the queue; returns how many.</summary>
    [Alias("replay-since")]
    Task<long> ReplayFailedSinceAsync(DateTimeOffset since);

    /// <summary>
    /// After a hard delete has redacted the stored rows: replaces the payloads it holds in memory of the file's events
    /// raised before <paramref name="beforeSequence"/> by their redacted form. Idempotent.
    /// </summary>
    [Alias("redact-file")]
    Task RedactFileAsync(long ingestId, long beforeSequence);

    /// <summary>A snapshot of the queue as the dispatcher sees it.</summary>
    [Alias("status")]
    Task<DispatcherStatus> GetStatusAsync();
}
