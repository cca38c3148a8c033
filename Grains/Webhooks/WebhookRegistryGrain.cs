using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Shared.Webhooks;
using LaserGrains.Grains.Webhooks.Signing;
using Microsoft.Extensions.Logging;

namespace LaserGrains.Grains.Webhooks;

/// <summary>
/// The subscription registry (key 0). Every change is persisted with a new version, then becomes visible to readers (the
/// API, the fan-out), then is pushed one-way to the subscription's dispatcher. Readers interleave with a write in flight
/// and see the last stored snapshot, so what they see is never a change the store refused.
/// </summary>
public sealed partial class WebhookRegistryGrain(
    [PersistentState("webhook-registry", StorageNames.WebhookRegistry)] IPersistentState<WebhookRegistryState> state,
    TimeProvider time,
    SecretsAtRest secrets,
    ILogger<WebhookRegistryGrain> logger) : Grain, IWebhookRegistryGrain
{
    private const int MaxKeys = 10;

    // The subscriptions with their secrets in clear; the state (what is stored) holds them encrypted.
    private Dictionary<string, WebhookSubscription> Subscriptions { get; set; } = [];

    private SubscriptionSnapshot _stored = new(0, []);
    private Dictionary<string, WebhookSubscription> _storedById = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = state.State.Subscriptions;
        // Decrypting may load the key ring from PostgreSQL (a blocking call): off the grain's thread.
        Subscriptions = await Task.Run(() => stored.ToDictionary(p => p.Key, p => secrets.Reveal(p.Value), StringComparer.Ordinal), cancellationToken);
        if (stored.Values.Any(SecretsAtRest.HasClear))
        {
            // Written before secrets were encrypted at rest: store them encrypted now (same version, nothing else changes).
            foreach (var (id, clear) in Subscriptions) stored[id] = await Task.Run(() => secrets.Protect(clear), cancellationToken);
            await state.WriteStateAsync(cancellationToken);
        }

        Publish();
    }

    public async Task<WebhookSubscription> CreateAsync(SubscriptionDraft draft)
    {
        if (SubscriptionRules.Problem(draft) is { } problem) throw new ArgumentException(problem, nameof(draft));
        var now = time.GetUtcNow();
        // The prefix keeps ids from looking like hex numbers, which ADO.NET grain storage would fold together.
        var id = "sub_" + Guid.NewGuid().ToString("N")[..20];
        var subscription = new WebhookSubscription(id, draft.Url, [.. draft.EventTypes ?? []], draft.Description, true, null, now, now,
            [new SigningKey(WebhookSecret.Generate(), null)], FromSettings: false, MaxBatch: draft.MaxBatch);
        return await SaveAsync(subscription);
    }

    public async Task<WebhookSubscription> EnsureFromSettingsAsync(string id, string url, string? secret, bool enabled, int? maxBatch)
    {
        var now = time.GetUtcNow();
        const string settingsReason = "Disabled by the WEBHOOK_ENABLED setting.";
        if (!Subscriptions.TryGetValue(id, out var existing))
        {
            var created = new WebhookSubscription(id, url, [], "Created from the WEBHOOK_* settings", enabled, enabled ? null : settingsReason,
                now, now, [new SigningKey(secret ?? WebhookSecret.Generate(), null)], FromSettings: true, MaxBatch: maxBatch);
            LogSettingsSubscription(logger, id, url, secret is null ? "generated (read it at GET /webhooks/subscriptions/" + id + "/secret)" : "from WEBHOOK_SECRET");
            return await SaveAsync(created);
        }

        var updated = existing with { Url = url, FromSettings = true, MaxBatch = maxBatch };
        if (secret is not null && secret != existing.CurrentSecret) updated = updated with { Keys = [new SigningKey(secret, null)] };
        if (!enabled && existing.Enabled) updated = updated with { Enabled = false, DisabledReason = settingsReason };
        if (enabled && !existing.Enabled && existing.DisabledReason == settingsReason) updated = updated with { Enabled = true, DisabledReason = null };
        return updated == existing ? existing : await SaveAsync(updated with { UpdatedAt = now });
    }

    public Task<WebhookSubscription?> GetAsync(string id) => Task.FromResult(_storedById.GetValueOrDefault(id));

    public Task<IReadOnlyList<WebhookSubscription>> ListAsync() => Task.FromResult(_stored.Subscriptions);

    public Task<SubscriptionSnapshot?> GetSnapshotIfChangedAsync(long knownVersion) =>
        Task.FromResult(knownVersion == _stored.Version ? null : _stored);

    public async Task<WebhookSubscription?> UpdateAsync(string id, SubscriptionDraft draft)
    {
        if (SubscriptionRules.Problem(draft) is { } problem) throw new ArgumentException(problem, nameof(draft));
        if (!Subscriptions.TryGetValue(id, out var existing)) return null;
        return await SaveAsync(existing with
        {
            Url = draft.Url, EventTypes = [.. draft.EventTypes ?? []], Description = draft.Description, MaxBatch = draft.MaxBatch,
            UpdatedAt = time.GetUtcNow(),
        });
    }

    public async Task<WebhookSubscription?> SetEnabledAsync(string id, bool enabled, string? reason)
    {
        if (!Subscriptions.TryGetValue(id, out var existing)) return null;
        if (existing.Enabled == enabled) return existing;
        return await SaveAsync(existing with
        {
            Enabled = enabled, DisabledReason = enabled ? null : reason ?? "Disabled by an operator.", UpdatedAt = time.GetUtcNow(),
        });
    }

    public async Task<bool> DeleteAsync(string id)
    {
        if (!Subscriptions.ContainsKey(id)) return false;
        await StoreAsync(id, null);
        await GrainFactory.GetGrain<IWebhookDispatcherGrain>(id).SubscriptionChangedAsync(null);
        return true;
    }

    public async Task<WebhookSubscription?> RotateSecretAsync(string id, TimeSpan grace)
    {
        if (!Subscriptions.TryGetValue(id, out var existing)) return null;
        var now = time.GetUtcNow();
        var expiry = now + grace;
        var old = existing.Keys
            .Where(k => k.ExpiresAt is null || k.ExpiresAt > now)
            .Select(k => k with { ExpiresAt = k.ExpiresAt is { } e && e < expiry ? e : expiry })
            .Take(MaxKeys - 1);
        return await SaveAsync(existing with { Keys = [new SigningKey(WebhookSecret.Generate(), null), .. old], UpdatedAt = now });
    }

    private async Task<WebhookSubscription> SaveAsync(WebhookSubscription subscription)
    {
        subscription = await StoreAsync(subscription.Id, subscription) ?? subscription;
        // One-way: the dispatcher may itself be waiting on this grain (it disables on 410), so never await its answer.
        await GrainFactory.GetGrain<IWebhookDispatcherGrain>(subscription.Id).SubscriptionChangedAsync(subscription);
        return subscription;
    }

    /// <summary>Writes one change (null: removal) under the next version; on failure the state is as before and the caller sees the error.</summary>
    private async Task<WebhookSubscription?> StoreAsync(string id, WebhookSubscription? subscription)
    {
        var before = Subscriptions.GetValueOrDefault(id);
        var storedBefore = state.State.Subscriptions.GetValueOrDefault(id);
        var version = state.State.Version + 1;
        subscription = subscription is null ? null : subscription with { Version = version };
        var toStore = subscription is null ? null : await Task.Run(() => secrets.Protect(subscription));
        Put(Subscriptions, id, subscription);
        Put(state.State.Subscriptions, id, toStore);
        state.State.Version = version;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Version = version - 1;
            Put(Subscriptions, id, before);
            Put(state.State.Subscriptions, id, storedBefore);
            // The write may have reached the store before failing (its etag is then unknown here): load it afresh next time.
            DeactivateOnIdle();
            throw;
        }

        Publish();
        return subscription;
    }

    private static void Put(Dictionary<string, WebhookSubscription> map, string id, WebhookSubscription? value)
    {
        if (value is null) map.Remove(id);
        else map[id] = value;
    }

    /// <summary>Makes the stored state the one readers see.</summary>
    private void Publish()
    {
        _stored = new SubscriptionSnapshot(state.State.Version,
            [.. Subscriptions.Values.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal)]);
        _storedById = new Dictionary<string, WebhookSubscription>(Subscriptions, StringComparer.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} for {Url} created from settings; secret {SecretSource}")]
    private static partial void LogSettingsSubscription(ILogger logger, string subscriptionId, string url, string secretSource);
}
