using Orleans.Concurrency;

namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>The registry of webhook subscriptions (one grain, key 0): the source of truth for URLs, filters and secrets.</summary>
[Alias("lg.webhook-registry")]
public interface IWebhookRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Creates a subscription with a freshly generated secret.</summary>
    [Alias("create")]
    Task<WebhookSubscription> CreateAsync(SubscriptionDraft draft);

    /// <summary>Creates or updates the subscription configured by settings (WEBHOOK_URL); keeps its secret unless one is given.</summary>
    [Alias("ensure-from-settings")]
    Task<WebhookSubscription> EnsureFromSettingsAsync(string id, string url, string? secret, bool enabled, int? maxBatch);

    /// <summary>One subscription as last stored, or null.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<WebhookSubscription?> GetAsync(string id);

    /// <summary>All subscriptions as last stored, oldest first.</summary>
    [Alias("list"), AlwaysInterleave]
    Task<IReadOnlyList<WebhookSubscription>> ListAsync();

    /// <summary>
    /// Every stored subscription, or null when <paramref name="knownVersion"/> is already the current version. Called by
    /// the fan-out on every publish: unchanged (the common case) costs a number each way. Interleaves with a change being
    /// written and answers with the last stored state, so it never shows a change that the store may still refuse.
    /// </summary>
    [Alias("snapshot-if-changed"), AlwaysInterleave]
    Task<SubscriptionSnapshot?> GetSnapshotIfChangedAsync(long knownVersion);

    /// <summary>Replaces URL, event types and description; null when unknown.</summary>
    [Alias("update")]
    Task<WebhookSubscription?> UpdateAsync(string id, SubscriptionDraft draft);

    /// <summary>Enables or disables (with a reason) a subscription; null when unknown.</summary>
    [Alias("set-enabled")]
    Task<WebhookSubscription?> SetEnabledAsync(string id, bool enabled, string? reason);

    /// <summary>Removes a subscription; its pending deliveries are cancelled.</summary>
    [Alias("delete")]
    Task<bool> DeleteAsync(string id);

    /// <summary>Makes a new current secret; the old one keeps signing for <paramref name="grace"/>.</summary>
    [Alias("rotate-secret")]
    Task<WebhookSubscription?> RotateSecretAsync(string id, TimeSpan grace);
}
